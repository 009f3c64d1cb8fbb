import type { Original, Reading, ReadingSummary } from '../domain/types.js';
import { escapeHtml } from '../domain/strings.js';
import { packOriginal, unpackOriginal } from './original-packing.js';
import { toFtsQuery } from './fts-query.js';
import { likePattern, unspacedSnippet, substringTerms } from './unspaced-search.js';
import type { Statement } from 'better-sqlite3';
import { openDatabase, type Db } from './open-database.js';
import { statementCache } from './statement-cache.js';
import type { Identity, Page, ReadingChanges, ReadingFilter, ReadingRepository, SearchHit } from './repository.js';

interface ReadingRow {
  id: string;
  ref: string | null;
  category: string;
  url: string | null;
  title: string;
  outlet: string | null;
  byline: string | null;
  language: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  last_read_at: string | null;
  read_count: number;
  word_count: number;
  reading_minutes: number;
  content_hash: string;
  text: string;
  html: string | null;
  format: 'html' | 'text' | null;
  extraction_status: 'ok' | 'failed';
  extraction_error: string | null;
  extraction_error_code: string | null;
}

const SUMMARY_COLUMNS = `r.id, r.ref, r.category, r.url, r.title, r.outlet, r.byline, r.language, r.published_at,
  r.created_at, r.updated_at, r.last_read_at, r.read_count, r.word_count, r.reading_minutes,
  r.content_hash, r.format, r.extraction_status, r.extraction_error, r.extraction_error_code`;
const COLUMNS = `${SUMMARY_COLUMNS}, r.text, r.html`;

const ORDER_NEWEST = 'coalesce(r.published_at, r.created_at) DESC, r.created_at DESC, r.id';

function toReading(row: ReadingRow): Reading {
  return { ...toSummary(row), text: row.text, html: row.html };
}

function toSummary(row: Omit<ReadingRow, 'text' | 'html'>): ReadingSummary {
  return {
    id: row.id,
    ref: row.ref,
    category: row.category,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    language: row.language,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastReadAt: row.last_read_at,
    readCount: row.read_count,
    wordCount: row.word_count,
    readingMinutes: row.reading_minutes,
    contentHash: row.content_hash,
    format: row.format,
    extractionStatus: row.extraction_status,
    extractionError: row.extraction_error,
    extractionErrorCode: row.extraction_error_code,
  };
}

function whereClause(filter: ReadingFilter): { sql: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.source) {
    clauses.push('r.outlet = @source COLLATE NOCASE');
    params.source = filter.source;
  }
  if (filter.category) {
    clauses.push('r.category = @category COLLATE NOCASE');
    params.category = filter.category;
  }
  if (filter.since) {
    clauses.push('coalesce(r.published_at, r.created_at) >= @since');
    params.since = filter.since;
  }
  if (filter.unread) clauses.push('r.read_count = 0');
  return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
}

// FTS5 wraps matches in these sentinels; they are swapped for <mark> after the
// rest of the snippet is escaped, so text can never inject markup.
const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';
/** Column weights of the readings_fts columns (title, body, outlet) in bm25(). */
const BM25_WEIGHTS = '8.0, 1.0, 2.0';
/** A title's match counts as much as eight in the body (as in BM25_WEIGHTS). */
const TITLE_WEIGHT = 8;
/** A snippet of the body around the matches, matches between the sentinels. */
const SNIPPET = `snippet(readings_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24)`;

function toSnippetHtml(raw: string): string {
  // A snippet may run across paragraphs (a run of Han or kana is one token of 24): it is shown on one line.
  return escapeHtml(raw.replace(/\s+/gu, ' ')).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');
}

export class SqliteReadingRepository implements ReadingRepository {
  private readonly db: Db;
  private readonly sql: (sql: string) => Statement;
  /** Rowids of readings not yet in the full-text index (see holdIndexRows). */
  private heldRows: Set<number | bigint> | null = null;

  /** Opens a library file, or shares a connection another store opened. */
  constructor(pathOrDb: string | Db) {
    this.db = typeof pathOrDb === 'string' ? openDatabase(pathOrDb) : pathOrDb;
    this.sql = statementCache(this.db);
  }

  insert(reading: Reading, inputHash: string, original: Original): void {
    const insertReading = this.sql(`INSERT INTO readings (id, ref, category, url, title, outlet, byline,
      language, published_at, created_at, updated_at, last_read_at, read_count, word_count, reading_minutes,
      content_hash, input_hash, text, html, format, extraction_status, extraction_error, extraction_error_code)
      VALUES (@id, @ref, @category, @url, @title, @outlet, @byline, @language, @publishedAt, @createdAt,
      @updatedAt, @lastReadAt, @readCount, @wordCount, @readingMinutes, @contentHash, @inputHash, @text, @html,
      @format, @extractionStatus, @extractionError, @extractionErrorCode)`);
    const insertOriginal = this.sql(
      'INSERT INTO originals (reading_id, bytes, content_type, label, encoding) VALUES (?, ?, ?, ?, ?)',
    );
    const write = (): void => {
      const { lastInsertRowid } = insertReading.run({ ...reading, inputHash });
      const { data, encoding } = original.packed ?? packOriginal(original.bytes);
      insertOriginal.run(reading.id, Buffer.from(data.buffer, data.byteOffset, data.byteLength), original.contentType, original.label, encoding);
      if (this.heldRows) this.heldRows.add(lastInsertRowid);
      else this.indexRows([lastInsertRowid]);
    };
    // Inside a caller's transaction its rollback covers a half-done insert, and
    // a savepoint here would make FTS5 flush the previous reading's terms.
    if (this.db.inTransaction) write();
    else this.db.transaction(write)();
  }

  /**
   * Until flushIndex(), new readings are indexed for full-text search later
   * (a bulk write group; storage.ts). FTS5 writes out the terms it holds as a
   * new index segment whenever a statement transaction opens, and every
   * insert checked against a foreign key opens one: a reading's original,
   * features, postings and story membership each did, so each reading became
   * a segment of its own, merged again later (~0.2 ms a reading). Indexed
   * together just before the commit, a group's readings make one segment.
   * Only rowids are held, and each is indexed from its row as it is then: a
   * reading rolled back since is not indexed, and a rowid SQLite gave out
   * again is indexed once, with its new reading.
   */
  holdIndexRows(): void {
    this.heldRows ??= new Set();
  }

  /** Indexes the held readings and stops holding them. */
  flushIndex(): void {
    this.indexHeldRows();
    this.heldRows = null;
  }

  private indexRows(rowids: readonly (number | bigint)[]): void {
    // The full-text index is written here, not by a trigger (migration 0012 says why).
    const indexText = this.sql(`INSERT INTO readings_fts (rowid, title, text, outlet)
      SELECT rowid, title, text, outlet FROM readings WHERE rowid IN (SELECT value FROM json_each(?))`);
    indexText.run(JSON.stringify(rowids.map(Number)));
  }

  /** Held readings indexed before the index is read or a reading is deleted (its trigger removes its index row). */
  private indexHeldRows(): void {
    if (!this.heldRows?.size) return;
    this.indexRows([...this.heldRows]);
    this.heldRows.clear();
  }

  findExisting(identity: Identity): Reading | null {
    if (identity.url) {
      const byUrl = this.sql(`SELECT ${COLUMNS} FROM readings r WHERE r.url = ?`).get(identity.url) as ReadingRow | undefined;
      return byUrl ? toReading(byUrl) : null;
    }
    const row = this
      .sql(`SELECT ${COLUMNS} FROM readings r WHERE r.input_hash = @input OR r.content_hash = @content LIMIT 1`)
      .get({ input: identity.inputHash, content: identity.contentHash ?? identity.inputHash }) as ReadingRow | undefined;
    return row ? toReading(row) : null;
  }

  get(id: string): Reading | null {
    const row = this.sql(`SELECT ${COLUMNS} FROM readings r WHERE r.id = ?`).get(id) as ReadingRow | undefined;
    return row ? toReading(row) : null;
  }

  resolveId(idOrPrefix: string): string | null {
    const key = idOrPrefix.trim().toLowerCase();
    if (key.length < 4 || !/^[0-9a-f-]+$/.test(key)) return null;
    const ids = this.sql('SELECT id FROM readings WHERE id >= ? AND id < ? LIMIT 2').pluck()
      .all(key, `${key}\uffff`) as string[];
    return ids.length === 1 ? (ids[0] ?? null) : null;
  }

  list(filter: ReadingFilter, page: Page): ReadingSummary[] {
    const where = whereClause(filter);
    const rows = this
      .sql(`SELECT ${SUMMARY_COLUMNS} FROM readings r WHERE ${where.sql} ORDER BY ${ORDER_NEWEST} LIMIT @limit OFFSET @offset`)
      .all({ ...where.params, limit: page.limit, offset: page.offset }) as ReadingRow[];
    return rows.map(toSummary);
  }

  count(filter: ReadingFilter): number {
    const where = whereClause(filter);
    return this.sql(`SELECT count(*) FROM readings r WHERE ${where.sql}`).pluck().get(where.params) as number;
  }

  search(query: string, filter: ReadingFilter, page: Page): SearchHit[] {
    const substrings = substringTerms(query);
    if (substrings) return this.searchUnspaced(substrings, filter, page);
    const match = toFtsQuery(query);
    if (!match) return [];
    this.indexHeldRows();
    const where = whereClause(filter);
    // bm25() is lower-is-better; title matches weigh most, then outlet, then body.
    // Unfiltered, the page is ranked inside the index and only its rows are joined:
    // a common word matches half the library, and joining every match before
    // sorting cost a third more.
    const ranked = where.sql === '1'
      ? `SELECT ${SUMMARY_COLUMNS}, -f.rank AS score, f.snippet FROM (
          SELECT rowid, bm25(readings_fts, ${BM25_WEIGHTS}) AS rank, ${SNIPPET} AS snippet
          FROM readings_fts WHERE readings_fts MATCH @match ORDER BY rank LIMIT @limit OFFSET @offset
        ) f JOIN readings r ON r.rowid = f.rowid ORDER BY f.rank`
      : `SELECT ${SUMMARY_COLUMNS}, -bm25(readings_fts, ${BM25_WEIGHTS}) AS score, ${SNIPPET} AS snippet
        FROM readings_fts JOIN readings r ON r.rowid = readings_fts.rowid
        WHERE readings_fts MATCH @match AND ${where.sql}
        ORDER BY bm25(readings_fts, ${BM25_WEIGHTS}) LIMIT @limit OFFSET @offset`;
    const rows = this.sql(ranked)
      .all({ ...where.params, match, limit: page.limit, offset: page.offset }) as (ReadingRow & { score: number; snippet: string })[];
    return rows.map((row) => ({ reading: toSummary(row), score: row.score, snippet: toSnippetHtml(row.snippet) }));
  }

  /**
   * Readings holding every term as a substring (letters A-Z in either case),
   * ranked by the terms' occurrences, a title's counting as much as in bm25
   * (unspaced-search.ts says why).
   */
  private searchUnspaced(terms: readonly string[], filter: ReadingFilter, page: Page): SearchHit[] {
    this.indexHeldRows();
    const where = whereClause(filter);
    const params: Record<string, unknown> = { ...where.params, limit: page.limit, offset: page.offset };
    const clauses = [where.sql];
    const scores: string[] = [];
    terms.forEach((term, i) => {
      params[`like${i}`] = likePattern(term);
      params[`term${i}`] = term.replace(/[A-Z]/gu, (c) => c.toLowerCase());
      clauses.push(`(r.title LIKE @like${i} ESCAPE '\\' OR r.text LIKE @like${i} ESCAPE '\\')`);
      // lower() folds A-Z only, as LIKE does.
      const occurrences = (column: string) => `(length(coalesce(${column}, '')) - length(replace(lower(coalesce(${column}, '')), @term${i}, ''))) / length(@term${i})`;
      scores.push(`${TITLE_WEIGHT} * ${occurrences('r.title')} + ${occurrences('r.text')}`);
    });
    const rows = this.sql(`SELECT ${SUMMARY_COLUMNS}, r.text AS body, ${scores.join(' + ')} AS score FROM readings r
      WHERE ${clauses.join(' AND ')} ORDER BY score DESC, ${ORDER_NEWEST} LIMIT @limit OFFSET @offset`)
      .all(params) as (ReadingRow & { score: number; body: string })[];
    return rows.map((row) => ({ reading: toSummary(row), score: row.score, snippet: toSnippetHtml(unspacedSnippet(row.body, terms, MARK_OPEN, MARK_CLOSE)) }));
  }

  markRead(id: string, at: string): Reading | null {
    const changed = this
      .sql('UPDATE readings SET read_count = read_count + 1, last_read_at = @at WHERE id = @id')
      .run({ id, at }).changes;
    return changed ? this.get(id) : null;
  }

  update(id: string, changes: ReadingChanges, at: string): Reading | null {
    const found = this.db.transaction(() => {
      if (!this.sql('SELECT 1 FROM readings WHERE id = ?').get(id)) return false;
      if (changes.category !== undefined) {
        this.sql('UPDATE readings SET category = @category, updated_at = @at WHERE id = @id AND category IS NOT @category').run({ id, category: changes.category, at });
      }
      if (changes.unread) this.sql('UPDATE readings SET read_count = 0, last_read_at = NULL WHERE id = ?').run(id);
      return true;
    })();
    return found ? this.get(id) : null;
  }

  delete(id: string): boolean {
    this.indexHeldRows();
    return this.sql('DELETE FROM readings WHERE id = ?').run(id).changes > 0;
  }

  getOriginal(id: string): Original | null {
    const row = this.sql('SELECT reading_id, bytes, content_type, label, encoding FROM originals WHERE reading_id = ?').get(id) as
      | { reading_id: string; bytes: Buffer; content_type: string | null; label: string; encoding: string | null }
      | undefined;
    if (!row) return null;
    return { readingId: row.reading_id, bytes: new Uint8Array(unpackOriginal(row.bytes, row.encoding)), contentType: row.content_type, label: row.label };
  }

  *iterate(filter: ReadingFilter): IterableIterator<Reading> {
    const where = whereClause(filter);
    const stmt = this.db.prepare(`SELECT ${COLUMNS} FROM readings r WHERE ${where.sql} ORDER BY r.created_at, r.id`);
    for (const row of stmt.iterate(where.params) as IterableIterator<ReadingRow>) yield toReading(row);
  }

  close(): void {
    this.db.close();
  }
}
