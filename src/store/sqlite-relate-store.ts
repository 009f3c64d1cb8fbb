import { docFreqKeys, rankCandidates } from '../relate/index-keys.js';
import type { Correction } from '../relate/constraints.js';
import { MAX_POSTINGS_PER_KEY, postingKeys } from '../relate/postings.js';
import type { CandidateOptions, Features } from '../relate/types.js';
import type Database from 'better-sqlite3';
import type { Db } from './open-database.js';
import { ByteBoundedCache } from './byte-bounded-cache.js';
import type { RelateStore, StoryFilter, StoryMembership, StoryRecord } from './relate-store.js';

const NO_DAY = '';
/** SQLite's default limit on bound parameters is 32766; stay well below. */
const CHUNK = 500;

interface StoryRow {
  id: string;
  title: string;
  outlets: string;
  size: number;
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
  size: r.size,
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
/** Document frequencies kept in memory (keys are short strings). */
const DF_CACHE = 200_000;

export class SqliteRelateStore implements RelateStore {
  private readonly statements;
  private readonly byCount = new Map<string, Database.Statement>();
  // The caches follow every write made through this store, and are dropped
  // when another connection has committed since they were last used (the
  // server's writer thread, a CLI import beside a running server).
  private readonly featuresCache = new ByteBoundedCache<Features>(FEATURES_CACHE_BYTES);
  private readonly dfCache = new Map<string, number>();
  private seenVersion: number | null = null;

  constructor(private readonly db: Db) {
    this.statements = {
      docCount: db.prepare('SELECT count(*) FROM reading_features').pluck(),
      insertFeatures: db.prepare('INSERT OR REPLACE INTO reading_features (reading_id, version, day, features) VALUES (?, ?, ?, ?)'),
      // One statement per reading for all its keys (a JSON array), not one per key.
      insertPostings: db.prepare('INSERT INTO relate_postings (key, day, reading_id) SELECT value, ?, ? FROM json_each(?)'),
      incrementDf: db.prepare(`INSERT INTO relate_df (key, df) SELECT value, 1 FROM json_each(?) WHERE true
        ON CONFLICT (key) DO UPDATE SET df = df + 1`),
      decrementDf: db.prepare('UPDATE relate_df SET df = df - 1 WHERE key = ?'),
      dropZeroDf: db.prepare('DELETE FROM relate_df WHERE df <= 0'),
      featuresOf: db.prepare('SELECT features FROM reading_features WHERE reading_id = ?').pluck(),
      deleteFeatures: db.prepare('DELETE FROM reading_features WHERE reading_id = ?'),
      deletePostings: db.prepare('DELETE FROM relate_postings WHERE reading_id = ?'),
      before: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day <= ? AND day >= ? AND day <> \'\' ORDER BY day DESC LIMIT ?').pluck(),
      after: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day > ? AND day <= ? ORDER BY day ASC LIMIT ?').pluck(),
      newest: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day <> \'\' ORDER BY day DESC LIMIT ?').pluck(),
      undated: db.prepare('SELECT reading_id FROM relate_postings WHERE key = ? AND day = \'\' ORDER BY rowid DESC LIMIT ?').pluck(),
      storyOf: db.prepare('SELECT story_id FROM story_members WHERE reading_id = ?').pluck(),
      story: db.prepare('SELECT * FROM stories WHERE id = ?'),
      saveStory: db.prepare(`INSERT INTO stories (id, title, outlets, size, first_day, last_day, created_at, updated_at)
        VALUES (@id, @title, @outlets, @size, @firstDay, @lastDay, @createdAt, @updatedAt)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlets = excluded.outlets, size = excluded.size,
          first_day = excluded.first_day, last_day = excluded.last_day, updated_at = excluded.updated_at`),
      deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
      membership: db.prepare('SELECT * FROM story_members WHERE reading_id = ?'),
      members: db.prepare('SELECT * FROM story_members WHERE story_id = ? ORDER BY reading_id'),
      setMembership: db.prepare(`INSERT INTO story_members (reading_id, story_id, affinity, duplicate_of, duplicate_similarity)
        VALUES (@readingId, @storyId, @affinity, @duplicateOf, @duplicateSimilarity)
        ON CONFLICT (reading_id) DO UPDATE SET story_id = excluded.story_id, affinity = excluded.affinity,
          duplicate_of = excluded.duplicate_of, duplicate_similarity = excluded.duplicate_similarity`),
      storySize: db.prepare('SELECT size FROM stories WHERE id = ?').pluck(),
      corrections: db.prepare('SELECT correction FROM story_corrections ORDER BY seq').pluck(),
      addCorrection: db.prepare('INSERT INTO story_corrections (correction, created_at) VALUES (?, ?)'),
      allFeatures: db.prepare('SELECT reading_id, features FROM reading_features ORDER BY reading_id'),
      hasFeatures: db.prepare('SELECT 1 FROM reading_features WHERE reading_id = ?').pluck(),
      // Changes when another connection commits; not for this connection's own commits.
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
    };
  }

  private syncCaches(): void {
    const version = this.statements.dataVersion.get() as number;
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    this.dfCache.clear();
    this.featuresCache.clear();
  }

  docCount(): number {
    return this.statements.docCount.get() as number;
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
    for (const part of chunks([...missing])) {
      const rows = this.inList('SELECT key, df FROM relate_df WHERE key IN (?)', part.length).all(...part) as { key: string; df: number }[];
      for (const key of part) this.dfCache.set(key, 0);
      for (const r of rows) {
        out.set(r.key, r.df);
        this.dfCache.set(r.key, r.df);
      }
    }
    return out;
  }

  candidates(features: Features, options: CandidateOptions): string[] {
    const keys = postingKeys(features);
    const df = this.docFreq(keys);
    return rankCandidates(features, this.docCount(), (k) => df.get(k) ?? 0, (key) => this.nearest(key, features.day, options.window), options.limit);
  }

  /** Up to MAX_POSTINGS_PER_KEY readings under one key, nearest days first, then undated ones. */
  private nearest(key: string, day: string | null, window: CandidateOptions['window']): string[] {
    const limit = MAX_POSTINGS_PER_KEY;
    const s = this.statements;
    let dated: string[];
    if (day) {
      const from = window?.from ?? '0000-00-00';
      const to = window?.to ?? '9999-99-99';
      const before = s.before.all(key, day, from, limit) as string[];
      const after = s.after.all(key, day, to, limit) as string[];
      // Interleave so the nearest days on either side come first.
      dated = [];
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
    return (this.statements.storyOf.get(id) as string | undefined) ?? null;
  }

  saveFeatures(readingId: string, features: Features): void {
    this.syncCaches();
    const s = this.statements;
    const json = JSON.stringify(features);
    s.insertFeatures.run(readingId, features.version, features.day, json);
    const day = features.day ?? NO_DAY;
    s.insertPostings.run(day, readingId, JSON.stringify(postingKeys(features)));
    const dfKeys = docFreqKeys(features);
    s.incrementDf.run(JSON.stringify(dfKeys));
    for (const key of dfKeys) {
      const cached = this.dfCache.get(key);
      if (cached !== undefined) this.dfCache.set(key, cached + 1);
    }
    this.featuresCache.set(readingId, features, json.length);
  }

  removeFeatures(readingId: string): void {
    const s = this.statements;
    const json = s.featuresOf.get(readingId) as string | undefined;
    if (!json) return;
    for (const key of docFreqKeys(JSON.parse(json) as Features)) {
      s.decrementDf.run(key);
      this.dfCache.delete(key);
    }
    s.dropZeroDf.run();
    this.featuresCache.delete(readingId);
    s.deletePostings.run(readingId);
    s.deleteFeatures.run(readingId);
  }

  *allFeatures(): IterableIterator<{ id: string; features: Features }> {
    for (const row of this.statements.allFeatures.iterate() as IterableIterator<{ reading_id: string; features: string }>) {
      yield { id: row.reading_id, features: JSON.parse(row.features) as Features };
    }
  }

  unanalyzed(version: number): string[] {
    return this.db
      .prepare(`SELECT r.id FROM readings r LEFT JOIN reading_features f ON f.reading_id = r.id
        WHERE r.extraction_status = 'ok' AND (f.reading_id IS NULL OR f.version <> ?) ORDER BY r.id`)
      .pluck()
      .all(version) as string[];
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

  stories(filter: StoryFilter, page: { limit: number; offset: number }): StoryRecord[] {
    const rows = this.db
      .prepare(`SELECT * FROM stories WHERE size > 0 ${filter.since ? 'AND coalesce(last_day, substr(updated_at, 1, 10)) >= @since' : ''}
        ORDER BY coalesce(last_day, substr(updated_at, 1, 10)) DESC, size DESC, id LIMIT @limit OFFSET @offset`)
      .all({ ...(filter.since ? { since: filter.since.slice(0, 10) } : {}), limit: page.limit, offset: page.offset }) as StoryRow[];
    return rows.map(toStory);
  }

  countStories(filter: StoryFilter): number {
    return this.db
      .prepare(`SELECT count(*) FROM stories WHERE size > 0 ${filter.since ? 'AND coalesce(last_day, substr(updated_at, 1, 10)) >= @since' : ''}`)
      .pluck()
      .get(filter.since ? { since: filter.since.slice(0, 10) } : {}) as number;
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
    this.statements.setMembership.run(member);
  }

  storySize(storyId: string): number {
    return (this.statements.storySize.get(storyId) as number | undefined) ?? 0;
  }

  corrections(): Correction[] {
    return (this.statements.corrections.all() as string[]).map((c) => JSON.parse(c) as Correction);
  }

  addCorrection(correction: Correction, at: string): void {
    this.statements.addCorrection.run(JSON.stringify(correction), at);
  }
}
