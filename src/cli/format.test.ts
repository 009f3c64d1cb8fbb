import { describe, expect, it } from 'vitest';
import type { ReadingSummary } from '../domain/types.js';
import { formatReadingLine } from './format.js';

const reading = (over: Partial<ReadingSummary>): ReadingSummary =>
  ({
    id: 'r1',
    title: 'Ferry service resumes',
    outlet: 'Port Elm Courier',
    category: 'port-elm-courier',
    publishedAt: null,
    createdAt: '2026-12-03T12:00:00.000Z',
    wordCount: 1,
    extractionStatus: 'ok',
    ...over,
  }) as ReadingSummary;

describe('formatReadingLine', () => {
  it('counts words in the singular and the plural', () => {
    expect(formatReadingLine(reading({ wordCount: 1 }))).toContain('· 1 word)');
    expect(formatReadingLine(reading({ wordCount: 225, publishedAt: '2022-01-14' }))).toBe('r1  Ferry service resumes  (Port Elm Courier · Jan. 14, 2022 · 225 words)');
  });

  it('says the day an undated reading was added in lists, and nothing of it just after adding', () => {
    expect(formatReadingLine(reading({}))).toBe('r1  Ferry service resumes  (Port Elm Courier · added Dec. 3, 2026 · 1 word)');
    expect(formatReadingLine(reading({}), { listed: false })).toBe('r1  Ferry service resumes  (Port Elm Courier · 1 word)');
  });

  it('shows a reading that names no outlet by the site of its address, else as of unknown outlet, never by its category', () => {
    expect(formatReadingLine(reading({ outlet: null, category: 'uncategorized', url: 'https://www.nhk.or.jp/news/1' }), { listed: false })).toBe('r1  Ferry service resumes  (nhk.or.jp · 1 word)');
    expect(formatReadingLine(reading({ outlet: null, category: 'uncategorized', url: null }), { listed: false })).toBe('r1  Ferry service resumes  (unknown outlet · 1 word)');
  });
});
