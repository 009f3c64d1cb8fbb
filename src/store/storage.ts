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
   * Opens a write group: the transactions that follow (each still
   * all-or-nothing) are committed together by commit(). A commit writes every
   * page it touched, the full-text index's among them, so a bulk import that
   * commits in groups writes a fraction of the pages. Write through
   * transaction() while a group is open: a write outside one commits the
   * group so far, so that a later failure cannot roll it back.
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
  const readings = new SqliteReadingRepository(db);
  const undo = (): void => {
    // What the relate store keeps in memory followed writes that were just undone.
    relate.discardCaches();
  };
  const changesStatement = db.prepare('SELECT total_changes()').pluck();
  const totalChanges = (): number => changesStatement.get() as number;
  let group: OpenGroup | null = null;
  return {
    readings,
    relate,
    feeds: new SqliteFeedStore(db),
    cache: new SqliteCacheStore(db),
    transaction: <T>(fn: () => T): T => {
      if (group && group.depth === 0 && db.inTransaction) return runInGroup(db, group, fn, undo, totalChanges, readings);
      try {
        return db.transaction(fn)();
      } catch (error) {
        undo();
        throw error;
      }
    },
    beginGroup: () => {
      if (db.inTransaction) return { commit: () => {} };
      db.exec('BEGIN IMMEDIATE');
      const opened: OpenGroup = { done: [], depth: 0, changes: totalChanges() };
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
            undo();
            throw error;
          }
          if (db.inTransaction) db.exec('COMMIT');
        },
      };
    },
    close: () => db.close(),
  };
}

interface OpenGroup {
  /** The transactions run so far, in order, to be run again if a later one fails. */
  done: (() => unknown)[];
  /** > 0 while one of them runs: a nested transaction joins it. */
  depth: number;
  /** The connection's total_changes() when the last of them ended. */
  changes: number;
}

/**
 * Runs fn inside the open group without a savepoint of its own: a savepoint
 * makes FTS5 write its pending terms out as a new segment, one per reading
 * (a third of the store time of a bulk import). Should fn throw, the group is
 * rolled back and the transactions before it run again on the same state,
 * which leaves exactly what savepoints would have.
 */
function runInGroup<T>(db: Db, group: OpenGroup, fn: () => T, undo: () => void, totalChanges: () => number, readings: SqliteReadingRepository): T {
  if (totalChanges() !== group.changes) {
    // Something wrote outside a transaction since the last one: a replay could
    // not redo it, so what the group holds is committed before going on.
    readings.flushIndex();
    db.exec('COMMIT');
    db.exec('BEGIN IMMEDIATE');
    readings.holdIndexRows();
    group.done = [];
  }
  group.depth++;
  try {
    const result = fn();
    group.done.push(fn);
    group.changes = totalChanges();
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    undo();
    db.exec('BEGIN IMMEDIATE');
    try {
      for (const earlier of group.done) earlier();
    } catch (replayError) {
      // Cannot happen short of a failing disk: the same writes on the same state.
      db.exec('ROLLBACK');
      db.exec('BEGIN IMMEDIATE');
      const lost = group.done.length;
      group.done = [];
      throw new Error(`the ${lost} stores of this write group before a failed one could not be run again (${(replayError as Error).message}); none of them is kept: run the import again to add them`, { cause: replayError });
    }
    group.changes = totalChanges();
    throw error;
  } finally {
    group.depth--;
  }
}
