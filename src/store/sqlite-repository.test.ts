import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { original, reading } from '../../test/helpers/reading-record.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { MIGRATIONS } from './migrations/index.js';
import { openDatabase } from './open-database.js';
import { SqliteReadingRepository } from './sqlite-repository.js';

const tempDir = useTempDir();

function open(): { repo: SqliteReadingRepository; path: string } {
  const path = join(tempDir(), 'library.db');
  return { repo: new SqliteReadingRepository(path), path };
}

describe('SqliteReadingRepository', () => {
  it('opens the file in WAL mode with foreign keys, and records each migration once', () => {
    const { repo, path } = open();
    repo.close();
    const again = new SqliteReadingRepository(path);
    again.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all()).toEqual([
      '0001-create-readings',
      '0002-add-fulltext-index',
      '0003-add-relate-and-stories',
      '0004-add-feeds',
      '0005-add-summary-cache',
      '0006-add-embeddings',
      '0007-cover-postings-index',
      '0008-index-unread',
      '0009-compact-postings',
      '0010-index-library-order',
      '0011-copies-out-of-index',
      '0012-index-text-on-insert',
      '0013-count-unknown-outlets',
      '0014-remember-background-regroup',
      '0015-stem-fulltext-index',
      '0016-count-one-at-a-time-joins',
      '0017-pack-originals',
    ]);
    db.close();
  });

  it('pages the library newest first from an index, unfiltered or by source, category or read state, without sorting rows', () => {
    const { repo, path } = open();
    repo.close();
    const db = new Database(path, { readonly: true });
    const order = 'ORDER BY coalesce(r.published_at, r.created_at) DESC, r.created_at DESC, r.id LIMIT 20 OFFSET 40';
    for (const where of ['1', "r.outlet = 'NHK' COLLATE NOCASE", "r.category = 'nhk' COLLATE NOCASE", 'r.read_count = 0']) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT r.id, r.title FROM readings r WHERE ${where} ${order}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
      expect(plan, where).toMatch(/USING INDEX readings_/);
      expect(plan, where).not.toMatch(/TEMP B-TREE/);
    }
    db.close();
  });

  it('keeps the original input byte for byte, and every field of the reading', () => {
    const { repo } = open();
    const r = reading({ ref: 'my-7', url: 'https://example.com/a' });
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10]);
    repo.insert(r, 'hash-1', original(r, bytes));
    expect(repo.get(r.id)).toEqual(r);
    const o = repo.getOriginal(r.id);
    expect(o && Array.from(o.bytes)).toEqual([0, 1, 2, 250, 255, 10]);
    expect(o?.contentType).toBe('text/plain');
    repo.close();
  });

  it('packs an original that compresses, and gives it back byte for byte', () => {
    const { repo, path } = open();
    const page = new TextEncoder().encode(`<html><body>${'<p class="story">The harbour bridge reopened on Wednesday.</p>\n'.repeat(800)}</body></html>`);
    const noise = new Uint8Array(randomBytes(50_000));
    const [a, b] = [reading(), reading()];
    repo.insert(a, 'h-a', original(a, page));
    repo.insert(b, 'h-b', original(b, noise));
    expect(Buffer.from(repo.getOriginal(a.id)!.bytes).equals(Buffer.from(page))).toBe(true);
    expect(Buffer.from(repo.getOriginal(b.id)!.bytes).equals(Buffer.from(noise))).toBe(true);
    repo.close();
    const db = new Database(path, { readonly: true });
    const stored = (id: string) => db.prepare('SELECT length(bytes) AS size, encoding FROM originals WHERE reading_id = ?').get(id) as { size: number; encoding: string | null };
    expect(stored(a.id).encoding).toBe('br');
    expect(stored(a.id).size).toBeLessThan(page.length / 10);
    // What does not compress is kept as it is.
    expect(stored(b.id)).toEqual({ size: noise.length, encoding: null });
    db.close();
  });

  it('finds an input already stored by canonical URL, else by input or content hash', () => {
    const { repo } = open();
    const withUrl = reading({ url: 'https://example.com/a' });
    const withoutUrl = reading({ contentHash: 'c-2' });
    repo.insert(withUrl, 'in-1', original(withUrl));
    repo.insert(withoutUrl, 'in-2', original(withoutUrl));
    expect(repo.findExisting({ url: 'https://example.com/a', inputHash: 'x', contentHash: null })?.id).toBe(withUrl.id);
    expect(repo.findExisting({ url: 'https://example.com/b', inputHash: 'in-2', contentHash: null })).toBeNull();
    expect(repo.findExisting({ url: null, inputHash: 'in-2', contentHash: null })?.id).toBe(withoutUrl.id);
    expect(repo.findExisting({ url: null, inputHash: 'other', contentHash: 'c-2' })?.id).toBe(withoutUrl.id);
    expect(repo.findExisting({ url: null, inputHash: 'other', contentHash: 'other' })).toBeNull();
    repo.close();
  });

  it('lists newest first and filters by source, category, date and read state', () => {
    const { repo } = open();
    const a = reading({ outlet: 'NHK World', category: 'nhk', publishedAt: '2022-01-14' });
    const b = reading({ outlet: 'Press TV', category: 'press-tv', publishedAt: '2022-01-12T09:51:00Z' });
    const c = reading({ outlet: 'Press TV', category: 'world', publishedAt: null, createdAt: '2026-11-30T10:00:00Z' });
    for (const r of [a, b, c]) repo.insert(r, r.id, original(r));
    repo.markRead(b.id, '2026-11-30T11:00:00Z');
    const ids = (f = {}) => repo.list(f, { limit: 10, offset: 0 }).map((r) => r.id);
    expect(ids()).toEqual([c.id, a.id, b.id]);
    expect(ids({ source: 'press tv' })).toEqual([c.id, b.id]);
    expect(ids({ category: 'nhk' })).toEqual([a.id]);
    expect(ids({ since: '2022-01-13' })).toEqual([c.id, a.id]);
    expect(ids({ unread: true })).toEqual([c.id, a.id]);
    expect(repo.count({ source: 'Press TV' })).toBe(2);
    expect(repo.list({}, { limit: 1, offset: 1 }).map((r) => r.id)).toEqual([a.id]);
    repo.close();
  });

  it('keeps the full-text index equal to the readings through inserts and a delete (FTS5 integrity-check)', () => {
    const { repo, path } = open();
    const [a, b, c] = [reading({ title: 'Tokayev speaks' }), reading({ title: 'Almaty calm' }), reading({ title: 'Weather' })];
    for (const r of [a, b, c]) repo.insert(r, r.id, original(r));
    repo.update(b.id, { category: 'asia' }, '2022-01-14T00:00:00Z');
    repo.delete(c.id);
    repo.close();
    const db = new Database(path);
    // Throws SQLITE_CORRUPT_VTAB when the index and the content table disagree.
    db.prepare("INSERT INTO readings_fts (readings_fts, rank) VALUES ('integrity-check', 1)").run();
    expect(db.prepare("SELECT count(*) FROM readings_fts WHERE readings_fts MATCH 'almaty'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM readings_fts WHERE readings_fts MATCH 'weather'").pluck().get()).toBe(0);
    db.close();
  });

  it("finds a word's other forms, also in a library indexed before stemming (migration 0015 rebuilds the index)", () => {
    const path = join(tempDir(), 'old.db');
    // Today's insert writes the originals' encoding column (0017), which touches no index.
    const before = new SqliteReadingRepository(openDatabase(path, MIGRATIONS.filter((m) => m.name < '0015' || m.name === '0017-pack-originals')));
    const r = reading({ title: 'Alliance begins withdrawing', text: 'More than 2,000 troops began their withdrawal from Kazakhstan on Thursday.' });
    before.insert(r, r.id, original(r));
    expect(before.search('troop', {}, { limit: 10, offset: 0 })).toEqual([]);
    before.close();
    const after = new SqliteReadingRepository(path);
    for (const word of ['troop', 'withdraw', 'withdrawals', 'begin']) expect(after.search(word, {}, { limit: 10, offset: 0 }).map((h) => h.reading.id), word).toEqual([r.id]);
    expect(after.search('troop', {}, { limit: 10, offset: 0 })[0]!.snippet).toContain('<mark>troops</mark>');
    after.close();
  });

  it('searches with BM25, title matches first, with escaped highlighted snippets', () => {
    const { repo } = open();
    const inTitle = reading({ title: 'Tokayev speaks', text: 'The president <b>spoke</b> about reforms.' });
    const inBody = reading({ title: 'Almaty calm', text: 'Tokayev said order was restored in Almaty and elsewhere.' });
    const none = reading({ title: 'Weather', text: 'Rain tomorrow.' });
    for (const r of [inTitle, inBody, none]) repo.insert(r, r.id, original(r));
    const hits = repo.search('tokayev', {}, { limit: 10, offset: 0 });
    expect(hits.map((h) => h.reading.id)).toEqual([inTitle.id, inBody.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.snippet).toContain('<mark>Tokayev</mark> said');
    expect(repo.search('spoke', {}, { limit: 10, offset: 0 })[0]!.snippet).toContain('&lt;b&gt;<mark>spoke</mark>&lt;/b&gt;');
    // FTS syntax in user input is taken as words, never as a syntax error.
    expect(repo.search('"unbalanced AND (NEAR', {}, { limit: 10, offset: 0 })).toEqual([]);
    expect(repo.search('almat*', {}, { limit: 10, offset: 0 }).map((h) => h.reading.id)).toEqual([inBody.id]);
    // A filter takes the other query form: same ranking, same scores, same paging.
    const filtered = repo.search('tokayev', { since: '1970-01-01' }, { limit: 10, offset: 0 });
    expect(filtered.map((h) => [h.reading.id, h.score, h.snippet])).toEqual(hits.map((h) => [h.reading.id, h.score, h.snippet]));
    expect(repo.search('tokayev', {}, { limit: 1, offset: 1 }).map((h) => h.reading.id)).toEqual([inBody.id]);
    repo.close();
  });

  it('finds a word of Japanese, Chinese, Thai or Korean inside its run of characters, with the rest of the query and the filters', () => {
    const { repo } = open();
    const arrest = reading({ title: '商品の改造が商標法違反に', text: '先日、改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。\n\n報道によると、販売されたのは「脱獄」したiPhoneです。', outlet: 'Lighthouse', language: 'ja' });
    const law = reading({ title: '著作権の基礎', text: '著作権と商標法の違いについて解説します。', outlet: 'Blog', language: 'ja' });
    const china = reading({ title: '外交部发言人表示', text: '中国外交部发言人表示，双方将继续保持沟通。', outlet: 'Xinhua', language: 'zh' });
    const thai = reading({ title: 'ข่าวเศรษฐกิจ', text: 'ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบาย', outlet: 'Thai PBS', language: 'th' });
    const korean = reading({ title: '서울 날씨', text: '서울에서 첫눈이 내렸습니다.', outlet: 'KBS', language: 'ko' });
    for (const r of [arrest, law, china, thai, korean]) repo.insert(r, r.id, original(r));
    const page = { limit: 10, offset: 0 };
    const hits = repo.search('商標法', {}, page);
    // The title's match counts most.
    expect(hits.map((h) => h.reading.id)).toEqual([arrest.id, law.id]);
    expect(hits[0]!.snippet).toContain('<mark>商標法</mark>違反の疑い');
    expect(hits[0]!.snippet).not.toContain('\n');
    expect(repo.search('商標法', { source: 'Blog' }, page).map((h) => h.reading.id)).toEqual([law.id]);
    expect(repo.search('iPhone 脱獄', {}, page).map((h) => h.reading.id)).toEqual([arrest.id]);
    expect(repo.search('android 脱獄', {}, page)).toEqual([]);
    expect(repo.search('外交部', {}, page).map((h) => h.reading.id)).toEqual([china.id]);
    expect(repo.search('ดอกเบี้ย', {}, page).map((h) => h.reading.id)).toEqual([thai.id]);
    // Korean writes its particles onto its words: "첫눈" (first snow) inside "첫눈이".
    expect(repo.search('첫눈', {}, page).map((h) => h.reading.id)).toEqual([korean.id]);
    expect(repo.search('脱獄%', {}, page).map((h) => h.reading.id)).toEqual([arrest.id]);
    expect(repo.search('商標法', {}, { limit: 1, offset: 1 }).map((h) => h.reading.id)).toEqual([law.id]);
    repo.close();
  });

  it('counts reads, resolves id prefixes, and deletes a reading with its original and index entry', () => {
    const { repo } = open();
    const r = reading({ id: 'abcdef12-0000-4000-8000-000000000000', text: 'unique zebra words' });
    repo.insert(r, 'h', original(r));
    expect(repo.markRead(r.id, '2026-11-30T12:00:00Z')).toMatchObject({ readCount: 1, lastReadAt: '2026-11-30T12:00:00Z' });
    expect(repo.markRead(r.id, '2026-11-30T12:05:00Z')?.readCount).toBe(2);
    expect(repo.resolveId('abcdef12')).toBe(r.id);
    expect(repo.resolveId('abc')).toBeNull();
    expect(repo.delete(r.id)).toBe(true);
    expect(repo.get(r.id)).toBeNull();
    expect(repo.getOriginal(r.id)).toBeNull();
    expect(repo.search('zebra', {}, { limit: 10, offset: 0 })).toEqual([]);
    expect(repo.delete(r.id)).toBe(false);
    repo.close();
  });

  it('updates the category and the read state, and says when the reading is absent', () => {
    const { repo } = open();
    const r = reading();
    repo.insert(r, 'input-u', original(r));
    repo.markRead(r.id, '2026-11-30T12:00:00Z');
    expect(repo.update(r.id, { category: 'world' }, '2026-11-30T13:00:00Z')).toMatchObject({ category: 'world', updatedAt: '2026-11-30T13:00:00Z', readCount: 1 });
    // The same category again changes nothing, not even the update time.
    expect(repo.update(r.id, { category: 'world' }, '2026-11-30T14:00:00Z')?.updatedAt).toBe('2026-11-30T13:00:00Z');
    expect(repo.update(r.id, { unread: true }, '2026-11-30T15:00:00Z')).toMatchObject({ readCount: 0, lastReadAt: null, category: 'world' });
    expect(repo.list({ unread: true }, { limit: 10, offset: 0 }).map((x) => x.id)).toEqual([r.id]);
    expect(repo.update('00000000-0000-4000-8000-000000000000', { category: 'x' }, '2026-11-30T15:00:00Z')).toBeNull();
    repo.close();
  });
});
