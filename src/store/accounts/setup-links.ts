import type { Db } from '../open-database.js';

/** One-time links that create the first admin when no password was given. */
export class SetupLinkStore {
  constructor(private readonly db: Db) {}

  insert(tokenHash: string, createdAt: string, expiresAt: string): void {
    this.db.prepare('INSERT INTO setup_links (token_hash, created_at, expires_at) VALUES (?, ?, ?)').run(tokenHash, createdAt, expiresAt);
  }

  isLive(tokenHash: string, now: string): boolean {
    return this.db.prepare('SELECT 1 FROM setup_links WHERE token_hash = ? AND expires_at > ?').get(tokenHash, now) !== undefined;
  }

  /** Every link goes once the admin exists. */
  clear(): void {
    this.db.prepare('DELETE FROM setup_links').run();
  }
}
