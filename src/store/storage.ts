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
  close(): void;
}

export function openStorage(path: string): Storage {
  const db: Db = openDatabase(path);
  return {
    readings: new SqliteReadingRepository(db),
    relate: new SqliteRelateStore(db),
    feeds: new SqliteFeedStore(db),
    cache: new SqliteCacheStore(db),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    close: () => db.close(),
  };
}
