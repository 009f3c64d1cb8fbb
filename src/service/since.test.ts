import { describe, expect, it } from 'vitest';
import { ReadingsError } from '../domain/errors.js';
import { parseSince } from './since.js';

// Noon UTC: the same calendar day in every zone from UTC-11 to UTC+11, where the tests may run.
const NOW = new Date('2026-12-02T12:00:00Z');

describe('parseSince', () => {
  it('reads dates as pages write them', () => {
    expect(parseSince('2022-01-14', '--since')).toBe('2022-01-14');
    expect(parseSince('Jan. 14, 2022', '--since')).toBe('2022-01-14');
    expect(parseSince(' 2022-01-12T09:51:00Z ', '--since')).toBe('2022-01-12T09:51:00Z');
  });

  it('reads days relative to now as calendar days, hours as timestamps', () => {
    expect(parseSince('yesterday', '--since', NOW)).toBe('2026-12-01');
    expect(parseSince('today', '--since', NOW)).toBe('2026-12-02');
    expect(parseSince('3 days ago', '--since', NOW)).toBe('2026-11-29');
    expect(parseSince('since last week', '--since', NOW)).toBe('2026-11-25');
    expect(parseSince('2 weeks ago', '--since', NOW)).toBe('2026-11-18');
    expect(parseSince('7d', '--since', NOW)).toBe('2026-11-25');
    expect(parseSince('2W', '--since', NOW)).toBe('2026-11-18');
    expect(parseSince('12h', '--since', NOW)).toBe('2026-12-02T00:00:00Z');
    expect(parseSince('5 hours ago', '--since', NOW)).toBe('2026-12-02T07:00:00Z');
  });

  it('refuses what is not a date, naming the input', () => {
    for (const text of ['soon', 'yesterday news', '2022-13-45', '7x', '']) {
      expect(() => parseSince(text, `--since ${text}`, NOW)).toThrow(ReadingsError);
    }
    expect(() => parseSince('soon', '--since soon', NOW)).toThrow(/not a date \(try 2022-01-14, "yesterday", "3 days ago" or "7d"\)/);
    let caught: unknown = null;
    try {
      parseSince('soon', 'since soon', NOW);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'invalid_argument', input: 'since soon' });
  });
});
