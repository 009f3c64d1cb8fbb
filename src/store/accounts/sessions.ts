import type { Db } from '../open-database.js';

export interface SessionRecord {
  /** SHA-256 of the cookie value: the cookie itself is never stored. */
  idHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export class SessionStore {
  private readonly select;
  private readonly touchStmt;

  constructor(private readonly db: Db) {
    this.select = db.prepare('SELECT * FROM sessions WHERE id_hash = ? AND expires_at > ?');
    this.touchStmt = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?');
  }

  insert(s: SessionRecord): void {
    this.db
      .prepare('INSERT INTO sessions (id_hash, user_id, created_at, expires_at, last_seen_at) VALUES (@idHash, @userId, @createdAt, @expiresAt, @lastSeenAt)')
      .run(s);
  }

  /** The session with this hash, unless it has expired by `now`. */
  live(idHash: string, now: string): SessionRecord | null {
    const r = this.select.get(idHash, now) as SessionRow | undefined;
    return r ? { idHash: r.id_hash, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at, lastSeenAt: r.last_seen_at } : null;
  }

  touch(idHash: string, at: string): void {
    this.touchStmt.run(at, idHash);
  }

  delete(idHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  deleteForUser(userId: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
  }

  deleteExpired(now: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }
}
