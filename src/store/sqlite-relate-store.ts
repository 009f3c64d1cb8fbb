import { dayDiff } from '../relate/day.js';
import { rankBucketMates, rankCandidates } from '../relate/index-keys.js';
import { lshKeys } from '../relate/minhash.js';
import type { Correction } from '../relate/constraints.js';
import { MAX_POSTINGS_PER_KEY, postingKeys, termKeys } from '../relate/postings.js';
import type { CandidateOptions, Features, RelateStats } from '../relate/types.js';
import { statKeys } from '../relate/weights.js';
import type Database from 'better-sqlite3';
import type { Db } from './open-database.js';
import { ByteBoundedCache } from './byte-bounded-cache.js';
import type { BackgroundRegroup, OneAtATimeJoins, RelateStore, StoryFilter, StoryMembership, StoryRecord, UngroupedReading } from './relate-store.js';

/** Later than any stored ISO time. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';
/**
 * A story with a reading published (else added) on `@since` or later: its
 * last published day, or a member without a date added since (a pasted text
 * joining an older story).
 */
const STORY_SINCE = `(coalesce(last_day, substr(updated_at, 1, 10)) >= @since OR EXISTS (SELECT 1 FROM story_members m JOIN readings r ON r.id = m.reading_id
  WHERE m.story_id = stories.id AND r.published_at IS NULL AND r.created_at >= @since))`;
const NO_DAY = '';
/** SQLite's default limit on bound parameters is 32766; stay well below. */
const CHUNK = 500;

/** The WHERE clause of a story listing: stories with members, within the filter. */
function storyWhere(filter: StoryFilter): { sql: string; params: Record<string, string | number> } {
  const clauses = ['size > 0'];
  const params: Record<string, string | number> = {};
  if (filter.since) {
    clauses.push(STORY_SINCE);
    params.since = filter.since.slice(0, 10);
  }
  if (filter.minOutlets !== undefined && filter.minOutlets > 1) {
    clauses.push('json_array_length(outlets) + unknown_outlets >= @minOutlets');
    params.minOutlets = filter.minOutlets;
  }
  return { sql: clauses.join(' AND '), params };
}

interface StoryRow {
  id: string;
  title: string;
  outlets: string;
  unknown_outlets: number;
  size: number;
  copies: number;
  first_day: string | null;
  last_day: string | null;
  created_at: string;
  updated_at: string;
}

interface MemberRow {
  reading_id: string;
  story_id: string;
  affinity: number;
  duplicate_of: string | null;
  duplicate_similarity: number | null;
}

const toStory = (r: StoryRow): StoryRecord => ({
  id: r.id,
  title: r.title,
  outlets: JSON.parse(r.outlets) as string[],
  unknownOutlets: r.unknown_outlets,
  size: r.size,
  copies: r.copies,
  firstDay: r.first_day,
  lastDay: r.last_day,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toMember = (r: MemberRow): StoryMembership => ({
  readingId: r.reading_id,
  storyId: r.story_id,
  affinity: r.affinity,
  duplicateOf: r.duplicate_of,
  duplicateSimilarity: r.duplicate_similarity,
});

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Parsed features kept in memory: candidates repeat a lot between neighbouring readings. */
/**
 * Bytes of features JSON kept parsed (parsed, they take ~2.5 times as much
 * heap): scoring a new reading reads up to 60 candidates' features, mostly
 * recent readings, so a cache that holds the last ~10,000 headlines or ~2,000
 * articles serves most of them.
 */
const FEATURES_CACHE_BYTES = 12 * 1024 * 1024;
/** Readings posted together by `putInIndex` (~25 rows each for a headline, a few hundred for an article). */
const INDEX_SLICE = 2000;
/** Rows handed to SQLite in one JSON array. */
const ROWS_PER_STATEMENT = 10_000;
/** Document frequencies kept in memory (keys are short strings). */
const DF_CACHE = 200_000;
/** Readings whose story is kept in memory: every add asks for its ~60 candidates'. */
const STORY_CACHE = 200_000;

/** A reading's features as stored, and whether it is in the candidate index. */
interface IndexedAs {
  features: string;
  day: string | null;
  posted: string;
  indexed: number;
}

export class SqliteRelateStore implements RelateStore {
  private readonly statements;
  private readonly byCount = new Map<string, Database.Statement>();
  // The caches follow every write made through this store, and are dropped
  // when another connection has committed since they were last used (the
  // server's writer thread, a CLI import beside a running server).
  private readonly featuresCache = new ByteBoundedCache<Features>(FEATURES_CACHE_BYTES);
  private readonly dfCache = new Map<string, number>();
  private docCountCache: number | null = null;
  /** Reading id -> its story (null: in none). */
  private readonly storyCache = new Map<string, string | null>();
  private seenVersion: number | null = null;

  constructor(private readonly db: Db) {
    this.statements = {
      docCount: db.prepare('SELECT count(*) FROM reading_features WHERE indexed = 1').pluck(),
      insertFeatures: db.prepare('INSERT OR REPLACE INTO reading_features (reading_id, version, day, features, posted, indexed) VALUES (?, ?, ?, ?, ?, ?)'),
      markIndexed: db.prepare('UPDATE reading_features SET posted = ?, indexed = ? WHERE reading_id = ?'),
      isIndexed: db.prepare('SELECT indexed FROM reading_features WHERE reading_id = ?').pluck(),
      keptOutOf: db.prepare('SELECT reading_id FROM reading_features WHERE indexed = 0 AND reading_id IN (SELECT value FROM json_each(?)) ORDER BY reading_id').pluck(),
      insertPostingRows: db.prepare('INSERT INTO relate_postings (key, day, reading_id) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)'),
      addDf: db.prepare(`INSERT INTO relate_df (key, df) SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE true
        ON CONFLICT (key) DO UPDATE SET df = df + excluded.df`),
      subtractDf: db.prepare('UPDATE relate_df SET df = df - j.value ->> 1 FROM json_each(?) j WHERE relate_df.key = j.value ->> 0'),
      dropZeroDf: db.prepare('DELETE FROM relate_df WHERE key IN (SELECT value FROM json_each(?)) AND df <= 0'),
      indexedAs: db.prepare('SELECT features, day, posted, indexed FROM reading_features WHERE reading_id = ?'),
      deleteFeatures: db.prepare('DELETE FROM reading_features WHERE reading_id = ?'),
      deletePostings: db.prepare('DELETE FROM relate_postings WHERE key IN (SELECT value FROM json_each(?)) AND day = ? AND reading_id = ?'),
      sameDay: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day = ? ORDER BY reading_id DESC LIMIT ?').pluck(),
      before: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day < ? AND day >= ? AND day <> \'\' ORDER BY day DESC LIMIT ?').pluck(),
      after: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day > ? AND day <= ? ORDER BY day ASC LIMIT ?').pluck(),
      newest: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day <> \'\' ORDER BY day DESC LIMIT ?').pluck(),
      undated: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day = \'\' ORDER BY reading_id DESC LIMIT ?').pluck(),
      inBuckets: db.prepare(`SELECT key, day, reading_id FROM relate_postings WHERE key IN (SELECT value FROM json_each(?))
        AND (day = '' OR (day >= ? AND day <= ?))`),
      storyOf: db.prepare('SELECT story_id FROM story_members WHERE reading_id = ?').pluck(),
      storiesOf: db.prepare('SELECT reading_id, story_id FROM story_members WHERE reading_id IN (SELECT value FROM json_each(?))'),
      storiesFrom: db.prepare('SELECT id FROM stories WHERE id >= ? AND id < ? LIMIT 2').pluck(),
      story: db.prepare('SELECT * FROM stories WHERE id = ?'),
      saveStory: db.prepare(`INSERT INTO stories (id, title, outlets, unknown_outlets, size, copies, first_day, last_day, created_at, updated_at)
        VALUES (@id, @title, @outlets, @unknownOutlets, @size, @copies, @firstDay, @lastDay, @createdAt, @updatedAt)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlets = excluded.outlets, unknown_outlets = excluded.unknown_outlets, size = excluded.size, copies = excluded.copies,
          first_day = excluded.first_day, last_day = excluded.last_day, updated_at = excluded.updated_at`),
      deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
      membership: db.prepare('SELECT * FROM story_members WHERE reading_id = ?'),
      members: db.prepare('SELECT * FROM story_members WHERE story_id = ? ORDER BY reading_id'),
      // Many rows in one statement: a batch's readings join their stories at once.
      setMemberships: db.prepare(`INSERT INTO story_members (reading_id, story_id, affinity, duplicate_of, duplicate_similarity)
        SELECT value ->> 'readingId', value ->> 'storyId', value ->> 'affinity', value ->> 'duplicateOf', value ->> 'duplicateSimilarity' FROM json_each(?) WHERE true
        ON CONFLICT (reading_id) DO UPDATE SET story_id = excluded.story_id, affinity = excluded.affinity,
          duplicate_of = excluded.duplicate_of, duplicate_similarity = excluded.duplicate_similarity`),
      storySize: db.prepare('SELECT size - copies FROM stories WHERE id = ?').pluck(),
      copiesOutOfIndex: db.prepare(`SELECT count(*) FROM story_members m JOIN reading_features f ON f.reading_id = m.reading_id
        WHERE m.story_id = ? AND f.indexed = 0`).pluck(),
      corrections: db.prepare('SELECT correction FROM story_corrections ORDER BY seq').pluck(),
      addCorrection: db.prepare('INSERT INTO story_corrections (correction, created_at) VALUES (?, ?)'),
      lastBackgroundRegroup: db.prepare('SELECT at, readings FROM background_regroup WHERE id = 1'),
      recordBackgroundRegroup: db.prepare('INSERT INTO background_regroup (id, at, readings) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at, readings = excluded.readings'),
      oneAtATimeJoins: db.prepare('SELECT readings, earliest_day AS earliestDay FROM one_at_a_time_joins WHERE id = 1'),
      noteOneAtATimeJoin: db.prepare(`INSERT INTO one_at_a_time_joins (id, readings, earliest_day) VALUES (1, 1, ?)
        ON CONFLICT (id) DO UPDATE SET readings = readings + 1, earliest_day = min(earliest_day, excluded.earliest_day)`),
      clearOneAtATimeJoins: db.prepare('DELETE FROM one_at_a_time_joins'),
      allFeatures: db.prepare('SELECT reading_id, features FROM reading_features ORDER BY reading_id'),
      featuresFrom: db.prepare(`SELECT f.reading_id, f.features, coalesce(f.day, substr(r.created_at, 1, 10)) AS day, m.story_id
        FROM reading_features f JOIN readings r ON r.id = f.reading_id LEFT JOIN story_members m ON m.reading_id = f.reading_id
        WHERE coalesce(f.day, substr(r.created_at, 1, 10)) >= ? ORDER BY f.reading_id`),
      hasFeatures: db.prepare('SELECT 1 FROM reading_features WHERE reading_id = ?').pluck(),
      // Changes when another connection commits; not for this connection's own commits.
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
    };
  }

  private syncCaches(): void {
    const version = this.statements.dataVersion.get() as number;
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    this.discardCaches();
  }

  /** Forgets everything kept in memory: after a rollback, or another connection's commit. */
  discardCaches(): void {
    this.dfCache.clear();
    this.featuresCache.clear();
    this.storyCache.clear();
    this.docCountCache = null;
  }

  docCount(): number {
    this.syncCaches();
    // count(*) walks the whole table: ask once, then follow this store's writes.
    this.docCountCache ??= this.statements.docCount.get() as number;
    return this.docCountCache;
  }

  /** A statement with `n` placeholders in its IN list, prepared once. */
  private inList(sql: string, n: number): Database.Statement {
    const key = `${sql}#${n}`;
    let stmt = this.byCount.get(key);
    if (!stmt) {
      stmt = this.db.prepare(sql.replace('(?)', `(${Array.from({ length: n }, () => '?').join(',')})`));
      this.byCount.set(key, stmt);
    }
    return stmt;
  }

  docFreq(keys: string[]): Map<string, number> {
    this.syncCaches();
    const out = new Map<string, number>();
    const missing = new Set<string>();
    for (const key of keys) {
      const cached = this.dfCache.get(key);
      if (cached === undefined) missing.add(key);
      else out.set(key, cached);
    }
    if (this.dfCache.size + missing.size > DF_CACHE) this.dfCache.clear();
    this.fetchDocFreq(missing);
    for (const key of missing) out.set(key, this.dfCache.get(key)!);
    return out;
  }

  statsFor(keyLists: readonly (readonly string[])[]): RelateStats {
    this.syncCaches();
    let missing = new Set<string>();
    for (const keys of keyLists) for (const key of keys) if (!this.dfCache.has(key)) missing.add(key);
    if (this.dfCache.size + missing.size > DF_CACHE) {
      // The lookups below read the cache itself, so after a clear every key is fetched again.
      this.dfCache.clear();
      missing = new Set(keyLists.flat());
    }
    this.fetchDocFreq(missing);
    const cache = this.dfCache;
    return { docCount: this.docCount(), docFreq: (key) => cache.get(key) ?? 0 };
  }

  /** Reads these keys' document frequencies into the cache (0 for keys no reading has). */
  private fetchDocFreq(keys: Set<string>): void {
    for (const part of chunks([...keys])) {
      const rows = this.inList('SELECT key, df FROM relate_df WHERE key IN (?)', part.length).all(...part) as { key: string; df: number }[];
      for (const key of part) this.dfCache.set(key, 0);
      for (const r of rows) this.dfCache.set(r.key, r.df);
    }
  }

  candidates(features: Features, options: CandidateOptions): string[] {
    const df = this.docFreq(termKeys(features));
    const nearest = (key: string): string[] => this.nearest(key, features.day, options.window);
    const inBuckets = (keys: readonly string[]): Map<string, string[]> => this.inBuckets(keys, features.day, options.window);
    return rankCandidates(features, this.docCount(), (k) => df.get(k) ?? 0, nearest, inBuckets, options.limit);
  }

  bucketMates(features: Features, options: CandidateOptions): string[] {
    return rankBucketMates(this.inBuckets(lshKeys(features.signature), features.day, options.window), options.limit);
  }

  /** `nearest` for several keys in one statement: LSH buckets, which almost all hold one reading or none. */
  private inBuckets(keys: readonly string[], day: string | null, window: CandidateOptions['window']): Map<string, string[]> {
    const rows = this.statements.inBuckets.all(JSON.stringify(keys), window?.from ?? '0000-00-00', window?.to ?? '9999-99-99') as { key: string; day: string; reading_id: string }[];
    const byKey = new Map<string, { day: string; id: string }[]>();
    for (const r of rows) {
      const list = byKey.get(r.key);
      if (list) list.push({ day: r.day, id: r.reading_id });
      else byKey.set(r.key, [{ day: r.day, id: r.reading_id }]);
    }
    const rank = (d: string): number => (d === NO_DAY ? Infinity : day ? Math.abs(dayDiff(d, day)) : -Number(d.replaceAll('-', '')));
    const out = new Map<string, string[]>();
    for (const [key, list] of byKey) {
      if (list.length > MAX_POSTINGS_PER_KEY) list.sort((a, b) => rank(a.day) - rank(b.day) || (a.id < b.id ? 1 : -1));
      out.set(key, list.slice(0, MAX_POSTINGS_PER_KEY).map((p) => p.id));
    }
    return out;
  }

  /** Up to MAX_POSTINGS_PER_KEY readings under one key, nearest days first, then undated ones. */
  private nearest(key: string, day: string | null, window: CandidateOptions['window']): string[] {
    const limit = MAX_POSTINGS_PER_KEY;
    const s = this.statements;
    let dated: string[];
    if (day) {
      // The reading's own day first, whole (a headline's story is mostly one
      // day's burst), then the days either side.
      dated = s.sameDay.all(key, day, limit) as string[];
      if (dated.length >= limit) return dated;
      const rest = limit - dated.length;
      const from = window?.from ?? '0000-00-00';
      const to = window?.to ?? '9999-99-99';
      // Half from each side; a side with fewer leaves its share to the other
      // (the same interleaving as reading `rest` from both, at half the rows).
      const half = Math.ceil(rest / 2);
      let before = s.before.all(key, day, from, half) as string[];
      let after = s.after.all(key, day, to, half) as string[];
      if (before.length < half && after.length === half) after = s.after.all(key, day, to, rest - before.length) as string[];
      else if (after.length < half && before.length === half) before = s.before.all(key, day, from, rest - after.length) as string[];
      // Interleave so the nearest days on either side come first.
      for (let i = 0; dated.length < limit && (i < before.length || i < after.length); i++) {
        if (i < before.length) dated.push(before[i]!);
        if (i < after.length && dated.length < limit) dated.push(after[i]!);
      }
    } else {
      dated = s.newest.all(key, limit) as string[];
    }
    if (dated.length >= limit) return dated;
    return dated.concat(s.undated.all(key, limit - dated.length) as string[]);
  }

  features(ids: string[]): Map<string, Features> {
    this.syncCaches();
    const out = new Map<string, Features>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.featuresCache.get(id);
      if (cached) out.set(id, cached);
      else missing.push(id);
    }
    for (const part of chunks(missing)) {
      const rows = this.inList('SELECT reading_id, features FROM reading_features WHERE reading_id IN (?)', part.length).all(...part) as { reading_id: string; features: string }[];
      for (const r of rows) {
        const f = JSON.parse(r.features) as Features;
        out.set(r.reading_id, f);
        this.featuresCache.set(r.reading_id, f, r.features.length);
      }
    }
    return out;
  }

  storyOf(id: string): string | null {
    return this.storiesOf([id]).get(id) ?? null;
  }

  storiesOf(ids: readonly string[]): Map<string, string> {
    this.syncCaches();
    const out = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.storyCache.get(id);
      if (cached === undefined) missing.push(id);
      else if (cached !== null) out.set(id, cached);
    }
    if (missing.length === 0) return out;
    if (this.storyCache.size + missing.length > STORY_CACHE) this.storyCache.clear();
    const rows = this.statements.storiesOf.all(JSON.stringify(missing)) as { reading_id: string; story_id: string }[];
    for (const id of missing) this.storyCache.set(id, null);
    for (const r of rows) {
      out.set(r.reading_id, r.story_id);
      this.storyCache.set(r.reading_id, r.story_id);
    }
    return out;
  }

  saveFeatures(readingId: string, features: Features, options: { index?: boolean } = {}): void {
    this.syncCaches();
    const s = this.statements;
    const json = JSON.stringify(features);
    if (s.hasFeatures.get(readingId) !== undefined) this.removeFeatures(readingId);
    // Stored out of the index first; posting has one way in (postSlice).
    s.insertFeatures.run(readingId, features.version, features.day, json, '[]', 0);
    this.featuresCache.set(readingId, features, json.length);
    if (options.index ?? true) this.putInIndex([{ id: readingId, features }]);
  }

  putInIndex(readings: readonly { id: string; features: Features }[]): void {
    this.syncCaches();
    for (let i = 0; i < readings.length; i += INDEX_SLICE) this.postSlice(readings.slice(i, i + INDEX_SLICE));
  }

  /**
   * Posts many readings at once: their rows go into the postings B-tree in
   * key order, and each key's count is raised once.
   */
  private postSlice(readings: readonly { id: string; features: Features }[]): void {
    const s = this.statements;
    // Key -> its rows' days and reading ids, alternating. Sorting the keys
    // alone (a plain string sort) rather than every row with a comparator:
    // that sort was a tenth of a large batch's grouping.
    const byKey = new Map<string, string[]>();
    const df = new Map<string, number>();
    let added = 0;
    for (const { id, features } of readings) {
      if (s.isIndexed.get(id) !== 0) continue;
      const keys = postingKeys(features);
      s.markIndexed.run(JSON.stringify(keys), 1, id);
      const day = features.day ?? NO_DAY;
      for (const key of keys) {
        const posted = byKey.get(key);
        if (posted) posted.push(day, id);
        else byKey.set(key, [day, id]);
      }
      for (const key of statKeys(features)) df.set(key, (df.get(key) ?? 0) + 1);
      added++;
    }
    const rows: [string, string, string][] = [];
    for (const key of [...byKey.keys()].sort()) {
      const posted = byKey.get(key)!;
      for (let i = 0; i < posted.length; i += 2) rows.push([key, posted[i]!, posted[i + 1]!]);
    }
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) s.insertPostingRows.run(JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT)));
    const counts = [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (let i = 0; i < counts.length; i += ROWS_PER_STATEMENT) s.addDf.run(JSON.stringify(counts.slice(i, i + ROWS_PER_STATEMENT)));
    if (this.docCountCache !== null) this.docCountCache += added;
    for (const [key, n] of df) {
      const cached = this.dfCache.get(key);
      if (cached !== undefined) this.dfCache.set(key, cached + n);
    }
  }

  removeFeatures(readingId: string): void {
    this.syncCaches();
    const s = this.statements;
    const row = s.indexedAs.get(readingId) as IndexedAs | undefined;
    if (!row) return;
    if (row.indexed) this.unpost([{ id: readingId, row }]);
    this.featuresCache.delete(readingId);
    s.deleteFeatures.run(readingId);
    this.storyCache.delete(readingId);
  }

  takeOutOfIndex(readingIds: readonly string[]): void {
    this.syncCaches();
    const s = this.statements;
    const indexed: { id: string; row: IndexedAs }[] = [];
    for (const id of readingIds) {
      const row = s.indexedAs.get(id) as IndexedAs | undefined;
      if (row?.indexed) indexed.push({ id, row });
    }
    this.unpost(indexed);
    for (const { id } of indexed) s.markIndexed.run('[]', 0, id);
  }

  /** Takes indexed readings' postings out, and their share of the document frequencies (one statement for all the counts). */
  private unpost(readings: readonly { id: string; row: IndexedAs }[]): void {
    if (readings.length === 0) return;
    const s = this.statements;
    const df = new Map<string, number>();
    for (const { id, row } of readings) {
      for (const key of statKeys(JSON.parse(row.features) as Features)) df.set(key, (df.get(key) ?? 0) + 1);
      s.deletePostings.run(row.posted, row.day ?? NO_DAY, id);
    }
    s.subtractDf.run(JSON.stringify([...df]));
    s.dropZeroDf.run(JSON.stringify([...df.keys()]));
    for (const key of df.keys()) this.dfCache.delete(key);
    if (this.docCountCache !== null) this.docCountCache -= readings.length;
  }

  *allFeatures(): IterableIterator<{ id: string; features: Features }> {
    for (const row of this.statements.allFeatures.iterate() as IterableIterator<{ reading_id: string; features: string }>) {
      yield { id: row.reading_id, features: JSON.parse(row.features) as Features };
    }
  }

  *featuresFrom(day: string): IterableIterator<{ id: string; features: Features; day: string; story: string | null }> {
    const rows = this.statements.featuresFrom.iterate(day) as IterableIterator<{ reading_id: string; features: string; day: string; story_id: string | null }>;
    for (const row of rows) yield { id: row.reading_id, features: JSON.parse(row.features) as Features, day: row.day, story: row.story_id };
  }

  unanalyzed(version: number): string[] {
    return this.db
      .prepare(`SELECT r.id FROM readings r LEFT JOIN reading_features f ON f.reading_id = r.id
        WHERE r.extraction_status = 'ok' AND (f.reading_id IS NULL OR f.version <> ?) ORDER BY r.id`)
      .pluck()
      .all(version) as string[];
  }

  ungrouped(budget: number, cost: (featuresLength: number) => number, storedBefore?: string): UngroupedReading[] {
    const rows = this.db
      .prepare(`SELECT f.reading_id, f.features, r.published_at, r.created_at FROM reading_features f JOIN readings r ON r.id = f.reading_id
        LEFT JOIN story_members m ON m.reading_id = f.reading_id WHERE m.reading_id IS NULL AND r.created_at < ? ORDER BY r.created_at, r.id`)
      .iterate(storedBefore ?? END_OF_TIME) as IterableIterator<{ reading_id: string; features: string; published_at: string | null; created_at: string }>;
    const out: UngroupedReading[] = [];
    let spent = 0;
    for (const r of rows) {
      out.push({ id: r.reading_id, featuresJson: r.features, publishedAt: r.published_at, createdAt: r.created_at });
      spent += cost(r.features.length);
      if (spent >= budget) break;
    }
    return out;
  }

  countUngrouped(storedBefore?: string): number {
    return this.db
      .prepare(`SELECT count(*) FROM reading_features f JOIN readings r ON r.id = f.reading_id
        LEFT JOIN story_members m ON m.reading_id = f.reading_id WHERE m.reading_id IS NULL AND r.created_at < ?`)
      .pluck()
      .get(storedBefore ?? END_OF_TIME) as number;
  }

  unassigned(): string[] {
    return this.db
      .prepare('SELECT r.id FROM readings r LEFT JOIN story_members m ON m.reading_id = r.id WHERE m.reading_id IS NULL ORDER BY r.id')
      .pluck()
      .all() as string[];
  }

  saveEmbedding(readingId: string, model: string, vector: Float32Array): void {
    this.db
      .prepare('INSERT OR REPLACE INTO reading_embeddings (reading_id, model, vector) VALUES (?, ?, ?)')
      .run(readingId, model, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
  }

  embeddings(ids: readonly string[], model: string): Map<string, Float32Array> {
    const out = new Map<string, Float32Array>();
    for (const part of chunks(ids)) {
      const rows = this.inList('SELECT reading_id, vector FROM reading_embeddings WHERE model = ? AND reading_id IN (?)', part.length)
        .all(model, ...part) as { reading_id: string; vector: Buffer }[];
      for (const r of rows) out.set(r.reading_id, new Float32Array(r.vector.buffer.slice(r.vector.byteOffset, r.vector.byteOffset + r.vector.byteLength)));
    }
    return out;
  }

  hasFeatures(readingId: string): boolean {
    return this.statements.hasFeatures.get(readingId) !== undefined;
  }

  story(id: string): StoryRecord | null {
    const row = this.statements.story.get(id) as StoryRow | undefined;
    return row ? toStory(row) : null;
  }

  resolveStoryId(idOrPrefix: string): string | null {
    if (this.statements.story.get(idOrPrefix)) return idOrPrefix;
    const key = idOrPrefix.trim().toLowerCase();
    if (key.length < 4 || !/^[0-9a-f-]+$/.test(key)) return null;
    const ids = this.statements.storiesFrom.all(key, `${key}\uffff`) as string[];
    return ids.length === 1 ? (ids[0] ?? null) : null;
  }

  stories(filter: StoryFilter, page: { limit: number; offset: number }): StoryRecord[] {
    const where = storyWhere(filter);
    const rows = this.db
      .prepare(`SELECT * FROM stories WHERE ${where.sql}
        ORDER BY coalesce(last_day, substr(updated_at, 1, 10)) DESC, size DESC, id LIMIT @limit OFFSET @offset`)
      .all({ ...where.params, limit: page.limit, offset: page.offset }) as StoryRow[];
    return rows.map(toStory);
  }

  countStories(filter: StoryFilter): number {
    const where = storyWhere(filter);
    return this.db.prepare(`SELECT count(*) FROM stories WHERE ${where.sql}`).pluck().get(where.params) as number;
  }

  saveStory(story: StoryRecord): void {
    this.statements.saveStory.run({ ...story, outlets: JSON.stringify(story.outlets) });
  }

  deleteStory(id: string): void {
    this.statements.deleteStory.run(id);
  }

  membership(readingId: string): StoryMembership | null {
    const row = this.statements.membership.get(readingId) as MemberRow | undefined;
    return row ? toMember(row) : null;
  }

  members(storyId: string): StoryMembership[] {
    return (this.statements.members.all(storyId) as MemberRow[]).map(toMember);
  }

  setMembership(member: StoryMembership): void {
    this.setMemberships([member]);
  }

  setMemberships(members: readonly StoryMembership[]): void {
    this.syncCaches();
    const s = this.statements;
    for (let i = 0; i < members.length; i += ROWS_PER_STATEMENT) s.setMemberships.run(JSON.stringify(members.slice(i, i + ROWS_PER_STATEMENT)));
    for (const m of members) this.storyCache.set(m.readingId, m.storyId);
    const originals = members.filter((m) => m.duplicateOf === null).map((m) => m.readingId);
    for (let i = 0; i < originals.length; i += ROWS_PER_STATEMENT) {
      const keptOut = s.keptOutOf.all(JSON.stringify(originals.slice(i, i + ROWS_PER_STATEMENT))) as string[];
      if (keptOut.length > 0) this.putInIndex([...this.features(keptOut)].map(([id, features]) => ({ id, features })));
    }
  }

  storySize(storyId: string): number {
    return (this.statements.storySize.get(storyId) as number | undefined) ?? 0;
  }

  copiesOutOfIndex(storyId: string): number {
    return this.statements.copiesOutOfIndex.get(storyId) as number;
  }

  corrections(): Correction[] {
    return (this.statements.corrections.all() as string[]).map((c) => JSON.parse(c) as Correction);
  }

  addCorrection(correction: Correction, at: string): void {
    this.statements.addCorrection.run(JSON.stringify(correction), at);
  }

  lastBackgroundRegroup(): BackgroundRegroup | null {
    return (this.statements.lastBackgroundRegroup.get() as BackgroundRegroup | undefined) ?? null;
  }

  recordBackgroundRegroup(run: BackgroundRegroup): void {
    this.statements.recordBackgroundRegroup.run(run.at, run.readings);
  }

  oneAtATimeJoins(): OneAtATimeJoins {
    return (this.statements.oneAtATimeJoins.get() as OneAtATimeJoins | undefined) ?? { readings: 0, earliestDay: null };
  }

  noteOneAtATimeJoin(day: string): void {
    this.statements.noteOneAtATimeJoin.run(day);
  }

  clearOneAtATimeJoins(): void {
    this.statements.clearOneAtATimeJoins.run();
  }
}
