import { asLibraryBusy } from './busy.js';
import type { Db } from './open-database.js';

/** Derived results kept until what they were computed from changes. */
export interface CacheStore {
  get<T>(subject: string, version: string): T | null;
  put(subject: string, version: string, value: unknown, readingId?: string | null): void;
}

export class SqliteCacheStore implements CacheStore {
  private readonly select;
  private readonly upsert;

  constructor(private readonly db: Db) {
    this.select = db.prepare('SELECT value FROM summary_cache WHERE subject = ? AND version = ?').pluck();
    this.upsert = db.prepare(`INSERT INTO summary_cache (subject, version, value, reading_id, created_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (subject) DO UPDATE SET version = excluded.version, value = excluded.value, created_at = excluded.created_at`);
  }

  get<T>(subject: string, version: string): T | null {
    const value = this.select.get(subject, version) as string | undefined;
    return value === undefined ? null : (JSON.parse(value) as T);
  }

  /**
   * A cached result is not worth a wait: while another process holds the
   * library's write lock (an import), `show` and the reader page compute the
   * summary and go on without keeping it, instead of waiting out the busy
   * timeout or failing.
   */
  put(subject: string, version: string, value: unknown, readingId: string | null = null): void {
    const wait = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      this.upsert.run(subject, version, JSON.stringify(value), readingId, new Date().toISOString());
    } catch (error) {
      if (!asLibraryBusy(error)) throw error;
    } finally {
      this.db.pragma(`busy_timeout = ${wait}`);
    }
  }
}
