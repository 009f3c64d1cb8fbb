import type { Db } from '../open-database.js';

export interface ApiTokenRecord {
  /** Public id, used to list and revoke. */
  id: string;
  userId: string;
  name: string;
  /** SHA-256 of the token: the token itself is shown once and never stored. */
  tokenHash: string;
  /** The token's first characters, to recognise it in a list. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}

const toToken = (r: TokenRow): ApiTokenRecord => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  tokenHash: r.token_hash,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
});

export class ApiTokenStore {
  private readonly byHashStmt;
  private readonly touchStmt;

  constructor(private readonly db: Db) {
    this.byHashStmt = db.prepare('SELECT * FROM api_tokens WHERE token_hash = ?');
    this.touchStmt = db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?');
  }

  insert(t: ApiTokenRecord): void {
    this.db
      .prepare(`INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at, last_used_at)
        VALUES (@id, @userId, @name, @tokenHash, @prefix, @createdAt, @lastUsedAt)`)
      .run(t);
  }

  byHash(tokenHash: string): ApiTokenRecord | null {
    const row = this.byHashStmt.get(tokenHash) as TokenRow | undefined;
    return row ? toToken(row) : null;
  }

  forUser(userId: string): ApiTokenRecord[] {
    return (this.db.prepare('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at, id').all(userId) as TokenRow[]).map(toToken);
  }

  touch(id: string, at: string): void {
    this.touchStmt.run(at, id);
  }

  /** Deletes one of the user's tokens; false when the user has no token with this id. */
  delete(userId: string, id: string): boolean {
    return this.db.prepare('DELETE FROM api_tokens WHERE user_id = ? AND id = ?').run(userId, id).changes > 0;
  }
}
