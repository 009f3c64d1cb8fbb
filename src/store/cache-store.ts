import type { Db } from './open-database.js';

/** Derived results kept until what they were computed from changes. */
export interface CacheStore {
  get<T>(subject: string, version: string): T | null;
  put(subject: string, version: string, value: unknown, readingId?: string | null): void;
}

export class SqliteCacheStore implements CacheStore {
  private readonly select;
  private readonly upsert;

  constructor(db: Db) {
    this.select = db.prepare('SELECT value FROM summary_cache WHERE subject = ? AND version = ?').pluck();
    this.upsert = db.prepare(`INSERT INTO summary_cache (subject, version, value, reading_id, created_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (subject) DO UPDATE SET version = excluded.version, value = excluded.value, created_at = excluded.created_at`);
  }

  get<T>(subject: string, version: string): T | null {
    const value = this.select.get(subject, version) as string | undefined;
    return value === undefined ? null : (JSON.parse(value) as T);
  }

  put(subject: string, version: string, value: unknown, readingId: string | null = null): void {
    this.upsert.run(subject, version, JSON.stringify(value), readingId, new Date().toISOString());
  }
}
