import type { Original, Reading } from '../../src/domain/types.js';

/** A complete reading record for store and service tests (seed 004's details); any field can be overridden. */
export function reading(overrides: Partial<Reading> = {}): Reading {
  const id = overrides.id ?? crypto.randomUUID();
  return {
    id,
    ref: null,
    category: 'press-tv',
    url: null,
    title: 'Kazakhstan: Russian Peacekeepers to Leave in Two Days',
    outlet: 'Press TV',
    byline: null,
    language: 'en',
    publishedAt: '2022-01-12T09:51:00Z',
    createdAt: '2026-11-30T10:00:00Z',
    updatedAt: '2026-11-30T10:00:00Z',
    lastReadAt: null,
    readCount: 0,
    wordCount: 6,
    readingMinutes: 1,
    contentHash: `content-${id}`,
    text: 'Russian-led troops will start leaving.',
    html: null,
    format: 'text',
    extractionStatus: 'ok',
    extractionError: null,
    extractionErrorCode: null,
    ...overrides,
  };
}

/** The verbatim input of a reading: by default a BOM, a letter, a NUL and an invalid byte. */
export function original(r: Reading, bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x00, 0xff])): Original {
  return { readingId: r.id, bytes, contentType: 'text/plain', label: 'seed.txt' };
}
