import { SqliteCacheStore, type CacheStore } from './cache-store.js';
import type { FeedStore } from './feed-store.js';
import { openDatabase, type Db } from './open-database.js';
import type { RelateStore } from './relate-store.js';
import type { ReadingRepository } from './repository.js';
import { SqliteFeedStore } from './sqlite-feed-store.js';
import { SqliteRelateStore } from './sqlite-relate-store.js';
import { SqliteReadingRepository } from './sqlite-repository.js';

/**
 * The one storage interface: readings and the relate side, on one
 * connection, with transactions spanning both (an ingest stores the reading,
 * its features and its story membership at once, or nothing).
 */
export interface Storage {
  readings: ReadingRepository;
  relate: RelateStore;
  /** Subscriptions and the entries they brought in. */
  feeds: FeedStore;
  cache: CacheStore;
  /** Runs fn in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;
  /**
   * Opens a write group: the transactions that follow run as savepoints
   * (each still all-or-nothing) and are committed together by commit().
   * A commit writes every page it touched, the full-text index's among them,
   * so a bulk import that commits in groups writes a fraction of the pages.
   */
  beginGroup(): WriteGroup;
  close(): void;
}

export interface WriteGroup {
  /** Commits what the group holds; later calls do nothing. */
  commit(): void;
}

export function openStorage(path: string): Storage {
  const db: Db = openDatabase(path);
  const relate = new SqliteRelateStore(db);
  return {
    readings: new SqliteReadingRepository(db),
    relate,
    feeds: new SqliteFeedStore(db),
    cache: new SqliteCacheStore(db),
    transaction: <T>(fn: () => T): T => {
      try {
        return db.transaction(fn)();
      } catch (error) {
        // What the relate store keeps in memory followed writes that were just undone.
        relate.discardCaches();
        throw error;
      }
    },
    beginGroup: () => beginGroup(db),
    close: () => db.close(),
  };
}

function beginGroup(db: Db): WriteGroup {
  if (db.inTransaction) return { commit: () => {} };
  db.exec('BEGIN IMMEDIATE');
  let open = true;
  return {
    commit: () => {
      if (open && db.inTransaction) db.exec('COMMIT');
      open = false;
    },
  };
}
