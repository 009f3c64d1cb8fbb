import { describe, expect, it } from 'vitest';
import { contentWords, overlap, termCounts, wordsCache } from './topic.js';

describe('content words', () => {
  it('keeps lower-cased words of three letters or more that are not function words', () => {
    expect(contentWords('The Council voted on Tuesday: 12 new trams_2 for €40m!')).toEqual(['council', 'voted', 'tuesday', 'trams_2']);
  });

  it('splits scripts written without spaces into character bigrams', () => {
    expect(contentWords('東京都 news')).toEqual(['東京', '京都', 'news']);
  });

  it('reads letters outside the BMP as letters', () => {
    expect(contentWords('𝐀𝐁𝐂 word')).toEqual(['𝐀𝐁𝐂', 'word']);
  });

  it('measures overlap against counts, without the line itself when it is counted', () => {
    const lines = ['tram line harbour', 'tram line university'];
    const wordsOf = wordsCache(lines);
    const counts = termCounts([0, 1], wordsOf);
    expect(overlap(wordsOf(0), counts, true)).toBeCloseTo(2 / 3);
    expect(overlap(wordsOf(0), counts, false)).toBe(1);
    expect(overlap([], counts, false)).toBeNull();
  });
});
