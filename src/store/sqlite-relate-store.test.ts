import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../domain/types.js';
import type { Features } from '../relate/types.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
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
