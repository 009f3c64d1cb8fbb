/**
 * Language of the clean body. English, by far the most common input, is
 * recognised from its function words without running the n-gram detector;
 * anything else goes to detectLanguage on a short sample.
 */
import { detectLanguage } from '../common/language.js';

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'are', 'by', 'this', 'be', 'at', 'have']);
const SAMPLE = 400;

export function bodyLanguage(paragraphs: readonly string[]): string | null {
  const sample = paragraphs.join('\n').slice(0, 1500);
  const words = sample.toLowerCase().match(/[a-z\u00c0-\uffff]+/g) ?? [];
  let english = 0;
  let ascii = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    if (/^[a-z]+$/.test(w)) ascii++;
  }
  if (words.length >= 20 && ascii >= words.length * 0.9 && english >= words.length * 0.15) return 'en';
  return detectLanguage(sample.slice(0, SAMPLE));
}
