import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database.js';

/** Enough for every fixed query; queries built per call (IN lists) only cycle through it. */
const MAX_STATEMENTS = 256;

/**
 * Prepares each SQL text once per connection: preparing costs about as much
 * as running a small insert, which a bulk import does thousands of times.
 * Not for statements that are iterated (a statement is busy while its
 * iterator is open).
 */
export function statementCache(db: Db): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}
