import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.js';

export type Db = Database.Database;

/**
 * How long a write waits for another connection's write to finish before it
 * gives up with SQLITE_BUSY (busy.ts makes that `library_busy`). The server
 * answers within this; the CLI waits longer (config `busyTimeoutMs`).
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  busyTimeoutMs?: number;
}

/** Opens (creating when needed) a library file with the settings it relies on, then migrates it. */
export function openDatabase(path: string, migrations: readonly Migration[] = MIGRATIONS, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
  db.pragma('synchronous = NORMAL');
  // 32 MB of pages per connection instead of SQLite's 2 MB: the candidate
  // index and the document frequencies of a large library are read on every
  // add, and a bulk import's commit group dirties pages all over them.
  db.pragma('cache_size = -32768');
  // Statement and savepoint journals (one per store in a bulk import's write
  // group) in memory rather than in temporary files: a store's journal is a
  // few pages, and writing it to a file cost a third more system time.
  db.pragma('temp_store = MEMORY');
  migrate(db, migrations);
  return db;
}

/** Applies each pending migration in its own transaction, recording it by name. */
export function migrate(db: Db, migrations: readonly Migration[]): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]);
  const done: string[] = [];
  for (const m of migrations) {
    if (applied.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(m.name, new Date().toISOString());
    })();
    done.push(m.name);
  }
  return done;
}
