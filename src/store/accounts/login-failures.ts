import type { Db } from '../open-database.js';

/** Failed logins by key (`user:<name>`, `ip:<address>`), for rate limiting across restarts. */
export class LoginFailureStore {
  private readonly countStmt;
  private readonly oldestStmt;

  constructor(private readonly db: Db) {
    this.countStmt = db.prepare('SELECT count(*) FROM login_failures WHERE key = ? AND at > ?').pluck();
    this.oldestStmt = db.prepare('SELECT min(at) FROM login_failures WHERE key = ? AND at > ?').pluck();
  }

  record(keys: readonly string[], at: string): void {
    const insert = this.db.prepare('INSERT INTO login_failures (key, at) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const key of keys) insert.run(key, at);
    })();
  }

  /** Failures for this key after `since`, and the oldest of them. */
  since(key: string, since: string): { count: number; oldest: string | null } {
    return { count: this.countStmt.get(key, since) as number, oldest: (this.oldestStmt.get(key, since) as string | null) ?? null };
  }

  clear(key: string): void {
    this.db.prepare('DELETE FROM login_failures WHERE key = ?').run(key);
  }

  prune(before: string): void {
    this.db.prepare('DELETE FROM login_failures WHERE at <= ?').run(before);
  }
}
