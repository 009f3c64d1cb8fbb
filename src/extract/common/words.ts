import { unspacedWords } from '../../domain/strings.js';

/** Words per minute used for reading time (Brysbaert 2019, silent reading of non-fiction). */
export const WORDS_PER_MINUTE = 238;

/** Whitespace-separated tokens of the clean body (seed 003's "225 Words"). */
export function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    const t = p.trim();
    if (t) n += t.split(/\s+/u).length;
  }
  return n;
}

/** Reading time in whole minutes, at least 1 for any non-empty text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Reading time of a clean body: its words, those of a script written without spaces counted by its characters. */
export function bodyReadingMinutes(paragraphs: readonly string[]): number {
  return readingMinutes(countWords(paragraphs) + paragraphs.reduce((n, p) => n + unspacedWords(p), 0));
}
