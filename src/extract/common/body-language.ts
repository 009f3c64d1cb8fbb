/**
 * Language of the clean body. English, by far the most common input, is
 * recognised from its function words without running the n-gram detector;
 * anything else goes to detectLanguage on a short sample.
 */
import { detectLanguage } from './language.js';

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'are', 'by', 'this', 'be', 'at', 'have']);
const SAMPLE = 400;

export function bodyLanguage(paragraphs: readonly string[]): string | null {
  const sample = head(paragraphs, 1500);
  const { words, english, ascii } = countWords(sample.toLowerCase());
  if (words >= 20 && ascii >= words * 0.9 && english >= words * 0.15) return 'en';
  return detectLanguage(sample.slice(0, SAMPLE));
}

/**
 * Words (runs of a-z and of any code unit from U+00C0 up), those made of a-z
 * only, and English function words among them, in one pass over a
 * lower-cased text.
 */
function countWords(lower: string): { words: number; english: number; ascii: number } {
  let words = 0;
  let english = 0;
  let ascii = 0;
  let start = -1;
  let onlyAscii = true;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || c >= 0xc0) {
      if (start < 0) {
        start = i;
        onlyAscii = true;
      }
      if (c > 122) onlyAscii = false;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (onlyAscii) {
      ascii++;
      // The function words are two to four letters long.
      if (i - start <= 4 && ENGLISH.has(lower.slice(start, i))) english++;
    }
    start = -1;
  }
  return { words, english, ascii };
}

/** The paragraphs joined by newlines, cut at `max` characters, without joining the rest. */
function head(paragraphs: readonly string[], max: number): string {
  let out = '';
  for (const p of paragraphs) {
    out = out ? `${out}\n${p}` : p;
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}
