import { SqliteCacheStore, type CacheStore } from './cache-store.js';
import type { FeedStore } from './feed-store.js';
import { MIGRATIONS } from './migrations/index.js';
import { openDatabase, type Db, type OpenOptions } from './open-database.js';
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
  /** Runs fn in one transaction; inside another or in a write group, a savepoint (a throw takes back fn's writes only). */
  transaction<T>(fn: () => T): T;
  /**
   * Opens a write group: the transactions that follow (each still
   * all-or-nothing) are committed together by commit(). A commit writes every
   * page it touched, the full-text index's among them, so a bulk import that
   * commits in groups writes a fraction of the pages.
   */
  beginGroup(): WriteGroup;
  close(): void;
}

export interface WriteGroup {
  /** Commits what the group holds; later calls do nothing. */
  commit(): void;
}

export function openStorage(path: string, options: OpenOptions = {}): Storage {
  const db: Db = openDatabase(path, MIGRATIONS, options);
  const relate = new SqliteRelateStore(db);
  const readings = new SqliteReadingRepository(db);
  let group: object | null = null;
  return {
    readings,
    relate,
    feeds: new SqliteFeedStore(db),
    cache: new SqliteCacheStore(db),
    // Inside an open write group this is a savepoint (better-sqlite3 nests
    // transactions so): a store that throws takes back its own writes only.
    // The full-text index is written at the group's commit (holdIndexRows),
    // so a savepoint does not make FTS5 write a segment per reading, and its
    // journal is kept in memory (open-database.ts): it costs ~3 % of a
    // store, where re-running a group's earlier stores after a failure
    // meant holding all of them, inputs and all (~30 MB in a feed refresh).
    transaction: <T>(fn: () => T): T => {
      try {
        return db.transaction(fn)();
      } catch (error) {
        // What the relate store keeps in memory followed writes that were just undone.
        relate.discardCaches();
        throw error;
      }
    },
    beginGroup: () => {
      if (db.inTransaction) return { commit: () => {} };
      db.exec('BEGIN IMMEDIATE');
      const opened = {};
      group = opened;
      readings.holdIndexRows();
      return {
        commit: () => {
          if (group !== opened) return;
          group = null;
          try {
            // Rolled back already (SQLite does on a full disk), the held readings are gone too: nothing to index.
            readings.flushIndex();
          } catch (error) {
            if (db.inTransaction) db.exec('ROLLBACK');
            relate.discardCaches();
            throw error;
          }
          if (db.inTransaction) db.exec('COMMIT');
        },
      };
    },
    close: () => db.close(),
  };
}
