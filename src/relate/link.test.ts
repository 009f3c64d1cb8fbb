import { describe, expect, it } from 'vitest';
import { FULL_TEXT_WORDS, LENGTH_POWER, lengthScale, LONG_TEXT_FACTOR, LONG_TEXT_FROM_WORDS, LONG_TEXT_WORDS, linkScale, linkScore, MIN_LENGTH_SCALE } from './link.js';

describe('linkScore', () => {
  it('leaves full texts as they are and raises short ones, up to a floor', () => {
    expect(lengthScale(FULL_TEXT_WORDS * 5)).toBe(1);
    expect(lengthScale(FULL_TEXT_WORDS / 2)).toBeCloseTo(0.5 ** LENGTH_POWER);
    expect(lengthScale(1)).toBe(MIN_LENGTH_SCALE);
    expect(linkScore(0.3, FULL_TEXT_WORDS, LONG_TEXT_FROM_WORDS)).toBeCloseTo(0.3);
    expect(linkScore(0.1, FULL_TEXT_WORDS / 2, FULL_TEXT_WORDS / 2)).toBeCloseTo(0.1 / 0.5 ** LENGTH_POWER);
  });

  it('uses the geometric mean of the two scales (headline beside an article)', () => {
    expect(linkScore(0.1, FULL_TEXT_WORDS / 4, FULL_TEXT_WORDS)).toBeCloseTo(0.1 / Math.sqrt(0.25 ** LENGTH_POWER));
  });

  it('asks more of two long articles, rising from LONG_TEXT_FROM_WORDS to LONG_TEXT_WORDS', () => {
    expect(linkScale(LONG_TEXT_FROM_WORDS)).toBe(1);
    expect(linkScale((LONG_TEXT_FROM_WORDS + LONG_TEXT_WORDS) / 2)).toBeCloseTo(1 + (LONG_TEXT_FACTOR - 1) / 2);
    expect(linkScale(LONG_TEXT_WORDS)).toBeCloseTo(LONG_TEXT_FACTOR);
    expect(linkScale(5000)).toBeCloseTo(LONG_TEXT_FACTOR);
    expect(linkScore(0.3, 500, 800)).toBeCloseTo(0.3 / LONG_TEXT_FACTOR);
    expect(linkScore(0.3, 500, FULL_TEXT_WORDS)).toBeCloseTo(0.3 / Math.sqrt(LONG_TEXT_FACTOR));
    // The time decay keeps the length scale alone: a long article is not given more days.
    expect(lengthScale(500)).toBe(1);
  });
});
