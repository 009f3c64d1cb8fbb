import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../domain/types.js';
import type { Features } from '../relate/types.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { MIGRATIONS } from './migrations/index.js';
import { openDatabase } from './open-database.js';
import { openStorage } from './storage.js';

const tempDir = useTempDir();

function reading(id: string): Reading {
  return {
    id, ref: null, category: 'wire', url: null, title: 'Quake', outlet: null, byline: null, language: 'en', publishedAt: null,
    createdAt: '2026-11-30T10:00:00Z', updatedAt: '2026-11-30T10:00:00Z', lastReadAt: null, readCount: 0, wordCount: 2,
    readingMinutes: 1, contentHash: id, text: 'quake town', html: null, format: 'text', extractionStatus: 'ok', extractionError: null,
    extractionErrorCode: null,
  };
}

function features(title: string, terms: Record<string, number>): Features {
  return { version: 1, day: null, outlet: null, title, words: 2, terms, titleTerms: Object.keys(terms), entities: [], numbers: [], dates: [], signature: '', sentences: [] };
}

describe('SqliteRelateStore caches', () => {
  it('see what another connection committed (the server reads while its writer thread adds)', () => {
    const path = join(tempDir(), 'library.db');
    const server = openStorage(path);
    const writer = openStorage(path);
    const save = (id: string): void =>
      writer.transaction(() => {
        writer.readings.insert(reading(id), id, { readingId: id, bytes: new Uint8Array([1]), contentType: null, label: id });
        writer.relate.saveFeatures(id, features('Quake', { quake: 1, town: 1 }));
      });
    save('a');
    expect(server.relate.docFreq(['quake']).get('quake')).toBe(1);
    expect(server.relate.features(['a']).get('a')?.title).toBe('Quake');
    save('b');
    // Without the check, the server's cache would still say 1.
    expect(server.relate.docFreq(['quake']).get('quake')).toBe(2);
    writer.transaction(() => {
      writer.relate.removeFeatures('a');
      writer.readings.delete('a');
    });
    expect(server.relate.features(['a']).get('a')).toBeUndefined();
    expect(server.relate.docFreq(['quake']).get('quake')).toBe(1);
    server.close();
    writer.close();
  });
});

describe('SqliteRelateStore.statsFor', () => {
  it('counts the library as docFreq does, for cached and uncached keys alike, and 0 for unknown ones', () => {
    const path = join(tempDir(), 'library.db');
    const writer = openStorage(path);
    writer.transaction(() => {
      for (const [id, terms] of [['a', { quake: 1, town: 1 }], ['b', { quake: 2, flood: 1 }]] as const) {
        writer.readings.insert(reading(id), id, { readingId: id, bytes: new Uint8Array([1]), contentType: null, label: id });
        writer.relate.saveFeatures(id, features('Quake', terms));
      }
    });
    writer.close();
    // A fresh connection: one key cached by docFreq, the others read by statsFor.
    const storage = openStorage(path);
    expect(storage.relate.docFreq(['town']).get('town')).toBe(1);
    const stats = storage.relate.statsFor([['quake', 'town'], ['quake', 'flood', 'storm']]);
    expect(stats.docCount).toBe(2);
    expect(['quake', 'town', 'flood', 'storm'].map((k) => stats.docFreq(k))).toEqual([2, 1, 1, 0]);
    storage.close();
  });
});

describe('SqliteRelateStore after a rollback', () => {
  it('answers from the library, not from what it kept in memory of the undone writes', () => {
    const storage = openStorage(join(tempDir(), 'library.db'));
    const member = (readingId: string, storyId: string) => ({ readingId, storyId, affinity: 0, duplicateOf: null, duplicateSimilarity: null });
    const story = (id: string) => ({ id, title: 'Quake', outlets: [], unknownOutlets: 0, size: 1, copies: 0, firstDay: null, lastDay: null, createdAt: 'x', updatedAt: 'x' });
    storage.transaction(() => {
      storage.readings.insert(reading('a'), 'a', { readingId: 'a', bytes: new Uint8Array([1]), contentType: null, label: 'a' });
      storage.relate.saveFeatures('a', features('Quake', { quake: 1, town: 1 }));
      storage.relate.saveStory(story('s1'));
      storage.relate.setMembership(member('a', 's1'));
    });
    expect(storage.relate.storyOf('a')).toBe('s1');
    expect(() =>
      storage.transaction(() => {
        storage.readings.insert(reading('b'), 'b', { readingId: 'b', bytes: new Uint8Array([1]), contentType: null, label: 'b' });
        storage.relate.saveFeatures('b', features('Quake', { quake: 1, town: 1 }));
        storage.relate.saveStory(story('s2'));
        storage.relate.setMembership(member('a', 's2'));
        storage.relate.setMembership(member('b', 's2'));
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(storage.relate.storyOf('a')).toBe('s1');
    expect(storage.relate.storiesOf(['a', 'b'])).toEqual(new Map([['a', 's1']]));
    expect(storage.relate.docCount()).toBe(1);
    expect(storage.relate.docFreq(['quake']).get('quake')).toBe(1);
    expect(storage.relate.features(['b']).size).toBe(0);
    storage.close();
  });
});

describe('the compact candidate index (migration 0009)', () => {
  it('keeps an older library\'s postings, drops its bucket counts, and deletes a reading\'s postings by the keys it was posted under', () => {
    const path = join(tempDir(), 'library.db');
    const before = MIGRATIONS.findIndex((m) => m.name === '0009-compact-postings');
    const old = openDatabase(path, MIGRATIONS.slice(0, before));
    const insertReading = old.prepare(`INSERT INTO readings (id, category, title, language, created_at, updated_at, read_count, word_count,
      reading_minutes, content_hash, input_hash, text, format, extraction_status) VALUES (?, 'wire', 'Quake', 'en', ?, ?, 0, 2, 1, ?, ?, 'quake town', 'text', 'ok')`);
    for (const id of ['a', 'b']) {
      insertReading.run(id, '2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z', id, id);
      old.prepare('INSERT INTO reading_features (reading_id, version, day, features) VALUES (?, 1, ?, ?)').run(id, '2026-11-30', JSON.stringify({ ...features('Quake', { quake: 1, town: 1 }), day: '2026-11-30' }));
      for (const key of ['quake', 'town', 'h:0:abc']) old.prepare('INSERT INTO relate_postings (key, day, reading_id) VALUES (?, ?, ?)').run(key, '2026-11-30', id);
    }
    old.prepare("INSERT INTO relate_df (key, df) VALUES ('quake', 2), ('town', 2), ('h:0:abc', 2)").run();
    old.close();

    const storage = openStorage(path);
    const db = openDatabase(path);
    const postings = (): string[] => db.prepare('SELECT key || \' \' || reading_id FROM relate_postings ORDER BY 1').pluck().all() as string[];
    expect(postings()).toEqual(['h:0:abc a', 'h:0:abc b', 'quake a', 'quake b', 'town a', 'town b']);
    expect(db.prepare('SELECT key FROM relate_df ORDER BY key').pluck().all()).toEqual(['quake', 'town']);
    const probe = { ...features('Quake', { quake: 1, town: 1 }), day: '2026-11-30' };
    expect(storage.relate.candidates(probe, { limit: 10 }).sort()).toEqual(['a', 'b']);
    storage.transaction(() => storage.relate.removeFeatures('a'));
    expect(postings()).toEqual(['h:0:abc b', 'quake b', 'town b']);
    expect(storage.relate.docFreq(['quake']).get('quake')).toBe(1);
    expect(storage.relate.docCount()).toBe(1);
    db.close();
    storage.close();
  });
});

describe('readings of unknown outlet in a story (migration 0013)', () => {
  it('counts, in an older library\'s stories, the members whose outlet is unknown', () => {
    const path = join(tempDir(), 'library.db');
    const before = MIGRATIONS.findIndex((m) => m.name === '0013-count-unknown-outlets');
    const old = openDatabase(path, MIGRATIONS.slice(0, before));
    const insertReading = old.prepare(`INSERT INTO readings (id, category, title, outlet, language, created_at, updated_at, read_count, word_count,
      reading_minutes, content_hash, input_hash, text, format, extraction_status) VALUES (?, 'wire', 'Quake', ?, 'en', ?, ?, 0, 2, 1, ?, ?, 'quake town', 'text', 'ok')`);
    const stories = [['s1', ['a', null], ['b', 'AP'], ['c', null]], ['s2', ['d', 'AP']]] as const;
    for (const [story, ...members] of stories) {
      old.prepare(`INSERT INTO stories (id, title, outlets, size, first_day, last_day, created_at, updated_at) VALUES (?, 'Quake', '["AP"]', ?, NULL, NULL, 'x', 'x')`).run(story, members.length);
      for (const [id, outlet] of members) {
        insertReading.run(id, outlet, '2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z', id, id);
        old.prepare('INSERT INTO story_members (reading_id, story_id, affinity) VALUES (?, ?, 0)').run(id, story);
      }
    }
    old.close();
    const storage = openStorage(path);
    expect(storage.relate.story('s1')).toMatchObject({ outlets: ['AP'], unknownOutlets: 2, size: 3 });
    expect(storage.relate.story('s2')).toMatchObject({ unknownOutlets: 0 });
    storage.close();
  });
});

describe('features from a day on', () => {
  it('reads the readings published (else added) on the day or later, with their day and story', () => {
    const storage = openStorage(join(tempDir(), 'from.db'));
    const add = (id: string, day: string | null, createdAt = '2026-11-30T10:00:00Z'): void => storage.transaction(() => {
      storage.readings.insert({ ...reading(id), createdAt }, id, { readingId: id, bytes: new Uint8Array([1]), contentType: null, label: id });
      storage.relate.saveFeatures(id, { ...features('Quake', { quake: 1 }), day });
    });
    add('a', '2026-11-20');
    add('b', '2026-11-25');
    add('c', null, '2026-11-28T08:00:00Z');
    add('d', null, '2026-11-01T08:00:00Z');
    storage.transaction(() => {
      storage.relate.saveStory({ id: 's', title: 'Quake', outlets: [], unknownOutlets: 1, size: 1, copies: 0, firstDay: null, lastDay: null, createdAt: 'x', updatedAt: 'x' });
      storage.relate.setMembership({ readingId: 'b', storyId: 's', affinity: 0, duplicateOf: null, duplicateSimilarity: null });
    });
    expect([...storage.relate.featuresFrom('2026-11-25')].map(({ id, day, story, features: f }) => ({ id, day, story, title: f.title }))).toEqual([
      { id: 'b', day: '2026-11-25', story: 's', title: 'Quake' },
      { id: 'c', day: '2026-11-28', story: null, title: 'Quake' },
    ]);
    expect([...storage.relate.featuresFrom('2026-11-01')].map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    storage.close();
  });
});

describe('SqliteRelateStore memberships and the index', () => {
  it('sets many memberships at once, indexing the kept-out reading that no longer names an original, and takes copies out with their counts', () => {
    const storage = openStorage(join(tempDir(), 'members.db'));
    const relate = storage.relate;
    const quake = { ...features('Quake', { quake: 1, town: 1 }), day: '2026-11-30' };
    const probe = (): string[] => relate.candidates(quake, { limit: 10 }).sort();
    storage.transaction(() => {
      for (const id of ['a', 'b', 'c']) {
        storage.readings.insert(reading(id), id, { readingId: id, bytes: new Uint8Array([1]), contentType: null, label: id });
        relate.saveFeatures(id, quake, { index: id === 'a' });
      }
      relate.saveStory({ id: 's', title: 'Quake', outlets: [], unknownOutlets: 0, size: 3, copies: 1, firstDay: null, lastDay: null, createdAt: 'now', updatedAt: 'now' });
    });
    expect(probe()).toEqual(['a']);
    storage.transaction(() =>
      relate.setMemberships([
        { readingId: 'a', storyId: 's', affinity: 0, duplicateOf: null, duplicateSimilarity: null },
        { readingId: 'b', storyId: 's', affinity: 0.123456789012345, duplicateOf: null, duplicateSimilarity: null },
        { readingId: 'c', storyId: 's', affinity: 0.5, duplicateOf: 'a', duplicateSimilarity: 0.97 },
      ]),
    );
    expect(relate.members('s')).toEqual([
      { readingId: 'a', storyId: 's', affinity: 0, duplicateOf: null, duplicateSimilarity: null },
      { readingId: 'b', storyId: 's', affinity: 0.123456789012345, duplicateOf: null, duplicateSimilarity: null },
      { readingId: 'c', storyId: 's', affinity: 0.5, duplicateOf: 'a', duplicateSimilarity: 0.97 },
    ]);
    // b named no original: it is indexed now; c stays out, found through a.
    expect(probe()).toEqual(['a', 'b']);
    expect(relate.docCount()).toBe(2);
    expect(relate.docFreq(['quake']).get('quake')).toBe(2);
    storage.transaction(() => relate.takeOutOfIndex(['b', 'c']));
    expect(probe()).toEqual(['a']);
    expect(relate.docCount()).toBe(1);
    expect(relate.docFreq(['quake', 'town'])).toEqual(new Map([['quake', 1], ['town', 1]]));
    storage.close();
  });
});

describe('SqliteRelateStore.candidates', () => {
  it('reads a busy key\'s postings from the reading\'s own day first, as the in-memory index does', () => {
    const storage = openStorage(join(tempDir(), 'library.db'));
    const on = (day: string, terms: Record<string, number>): Features => ({ ...features('Quake', terms), day });
    const ids: Record<string, string[]> = { '2014-03-16': [], '2014-03-17': [], '2014-03-18': [] };
    storage.transaction(() => {
      // More readings a day under "quake" than a key's postings hold (200).
      for (const day of Object.keys(ids)) {
        for (let i = 0; i < 150; i++) {
          const id = `${day}-${String(i).padStart(3, '0')}`;
          ids[day]!.push(id);
          storage.readings.insert(reading(id), id, { readingId: id, bytes: new Uint8Array([1]), contentType: null, label: id });
          storage.relate.saveFeatures(id, on(day, { quake: 1 }));
        }
      }
    });
    const found = new Set(storage.relate.candidates(on('2014-03-17', { quake: 1 }), { limit: 500, window: { from: '2014-03-10', to: '2014-03-24' } }));
    expect(found.size).toBe(200);
    expect(ids['2014-03-17']!.filter((id) => found.has(id))).toHaveLength(150);
    expect(ids['2014-03-16']!.filter((id) => found.has(id)).length).toBeGreaterThanOrEqual(25);
    expect(ids['2014-03-18']!.filter((id) => found.has(id)).length).toBeGreaterThanOrEqual(25);
    storage.close();
  });
});
