import { unspacedWords } from '../../domain/strings.js';
import { isSpaceCode } from '../text/chars.js';

/** Words per minute used for reading time (Brysbaert 2019, silent reading of non-fiction). */
export const WORDS_PER_MINUTE = 238;

/** Whitespace-separated tokens of the clean body (seed 003's "225 Words"). */
export function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  // One pass over the characters: split() made an array of every paragraph's tokens only to count them.
  for (const p of paragraphs) {
    let inWord = false;
    for (let i = 0; i < p.length; i++) {
      const space = isSpaceCode(p.charCodeAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
  }
  return n;
}

/** Reading time in whole minutes, at least 1 for any non-empty text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Reading time of a clean body: its words, those of a script written without spaces counted by its characters. */
export function bodyReadingMinutes(paragraphs: readonly string[], words = countWords(paragraphs)): number {
  return readingMinutes(words + paragraphs.reduce((n, p) => n + unspacedWords(p), 0));
}
