import type { Db } from '../open-database.js';

/** Server-wide values kept across restarts (e.g. the CSRF signing key). */
export class SettingStore {
  constructor(private readonly db: Db) {}

  get(key: string): string | null {
    return (this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  /** The stored value, or `make()` stored now when there is none. */
  getOrCreate(key: string, make: () => string): string {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, make());
    return this.get(key)!;
  }
}
