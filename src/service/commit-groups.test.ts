import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../domain/types.js';
import { openStorage, type Storage } from '../store/storage.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { commitInGroups, type CommitGroups } from './commit-groups.js';

const tempDir = useTempDir();

function reading(n: number): Reading {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id, ref: null, category: 'wire', url: `https://example.org/${n}`, title: `Reading ${n}`, outlet: 'Wire', byline: null,
    language: 'en', publishedAt: null, createdAt: '2026-11-30T10:00:00Z', updatedAt: '2026-11-30T10:00:00Z', lastReadAt: null,
    readCount: 0, wordCount: 3, readingMinutes: 1, contentHash: `c${n}`, text: `Body of reading ${n}.`, html: null, format: 'text',
    extractionStatus: 'ok', extractionError: null, extractionErrorCode: null,
  };
}

const bytes = new Uint8Array([0x41]);
const original = (n: number) => ({ readingId: reading(n).id, bytes, contentType: null, label: String(n) });

/** Stores reading n in the group, or fails after inserting it, as a store whose relate step throws. */
function storeReading(storage: Storage, commits: CommitGroups, n: number, fails = false): void {
  const store = (): void =>
    commits.store(() => {
      storage.readings.insert(reading(n), `h${n}`, original(n));
      if (fails) throw new Error('relate failed');
    });
  if (fails) expect(store).toThrow('relate failed');
  else store();
}

describe('commitInGroups', () => {
  it('commits stores together, and a store that throws takes back only its own writes', () => {
    const path = join(tempDir(), 'library.db');
    const storage = openStorage(path);
    const other = new Database(path, { readonly: true });
    const visible = (): number => other.prepare('SELECT count(*) FROM readings').pluck().get() as number;
    const commits = commitInGroups(storage, 2, 60_000);

    commits.store(() => storage.readings.insert(reading(1), 'h1', { readingId: reading(1).id, bytes, contentType: null, label: '1' }));
    expect(() =>
      commits.store(() => {
        storage.readings.insert(reading(2), 'h2', { readingId: reading(2).id, bytes, contentType: null, label: '2' });
        throw new Error('relate failed');
      }),
    ).toThrow('relate failed');
    // Not committed yet: another connection sees nothing.
    expect(visible()).toBe(0);
    commits.store(() => storage.readings.insert(reading(3), 'h3', { readingId: reading(3).id, bytes, contentType: null, label: '3' }));
    // Two stores went through: the group is full and committed.
    expect(visible()).toBe(2);
    expect(storage.readings.get(reading(2).id)).toBeNull();
    expect(storage.readings.search('Body', {}, { limit: 10, offset: 0 }).map((h) => h.reading.id).sort()).toEqual([reading(1).id, reading(3).id]);

    commits.store(() => storage.readings.insert(reading(4), 'h4', { readingId: reading(4).id, bytes, contentType: null, label: '4' }));
    expect(visible()).toBe(2);
    commits.flush();
    expect(visible()).toBe(3);
    other.close();
    storage.close();
  });

  it('keeps a write made outside a transaction when a later store of the group throws', () => {
    const path = join(tempDir(), 'library.db');
    const storage = openStorage(path);
    const commits = commitInGroups(storage, 10, 60_000);
    storeReading(storage, commits, 1);
    storage.readings.insert(reading(2), 'h2', original(2));
    storeReading(storage, commits, 3, true);
    storeReading(storage, commits, 4);
    commits.flush();
    const stored = [1, 2, 3, 4].filter((n) => storage.readings.get(reading(n).id) !== null);
    expect(stored).toEqual([1, 2, 4]);
    expect(storage.readings.search('Body', {}, { limit: 10, offset: 0 }).length).toBe(3);
    storage.close();
  });

  it('indexes a group\'s readings for search at its commit, each once and with its own text', () => {
    const path = join(tempDir(), 'library.db');
    const storage = openStorage(path);
    const commits = commitInGroups(storage, 10, 60_000);
    storeReading(storage, commits, 1);
    storeReading(storage, commits, 2, true);
    // SQLite gives reading 3 the rowid the rolled-back reading 2 had.
    storeReading(storage, commits, 3);
    storeReading(storage, commits, 4);
    commits.flush();

    const other = new Database(path);
    const matching = (query: string): string[] =>
      other.prepare('SELECT r.id FROM readings_fts JOIN readings r ON r.rowid = readings_fts.rowid WHERE readings_fts MATCH ? ORDER BY r.id').pluck().all(query) as string[];
    expect(matching('body')).toEqual([reading(1).id, reading(3).id, reading(4).id]);
    expect(matching('"2"')).toEqual([]);
    expect(matching('"3"')).toEqual([reading(3).id]);
    expect(other.prepare('SELECT count(*) FROM readings_fts').pluck().get()).toBe(3);
    // FTS5's own check of the index against the readings it indexes: throws when they differ.
    expect(() => other.prepare("INSERT INTO readings_fts (readings_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    other.close();
    storage.close();
  });

  it('commits a group on its own once its time is up', async () => {
    const path = join(tempDir(), 'library.db');
    const storage = openStorage(path);
    const other = new Database(path, { readonly: true });
    const commits = commitInGroups(storage, 100, 20);
    commits.store(() => storage.readings.insert(reading(1), 'h1', { readingId: reading(1).id, bytes, contentType: null, label: '1' }));
    expect(other.prepare('SELECT count(*) FROM readings').pluck().get()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(other.prepare('SELECT count(*) FROM readings').pluck().get()).toBe(1);
    other.close();
    storage.close();
  });
});
