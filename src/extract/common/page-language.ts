/**
 * A page's language: what its markup declares (`<html lang>`, JSON-LD,
 * og:locale), unless its body is plainly written in another. Sites declare
 * their own language on every page: Business Insider's German edition serves
 * its English syndicated pieces under `lang="de"`, a German agency's blog its
 * German posts under a theme's `lang="en"`.
 *
 * English is told from the rest by its function words (a fifth of English
 * prose, a few hundredths of German or Italian), which is reliable; between
 * two other languages the n-gram detector is not (Indonesian and Malay score
 * within 1 %, a Portuguese results table reads as Italian), so there the page's
 * word stands.
 */
import { francAll } from 'franc-min';
import { bodyLanguage, englishEvidence } from './body-language.js';

/** Below this share of English function words, a body is no English prose (English runs at 0.17-0.3, lists and box scores lower). */
const NOT_ENGLISH_SHARE = 0.06;
/** ...and the detector must agree: English scores below this share of the best language. */
const NOT_ENGLISH_SCORE = 0.9;
/** The detector's sample, as long as the body detector's own. */
const SAMPLE = 400;

export function pageLanguage(declared: string | null, paragraphs: readonly string[]): string | null {
  const body = bodyLanguage(paragraphs);
  if (declared === null || body === null || body === declared) return declared ?? body;
  const english = englishEvidence(paragraphs);
  if (body === 'en') return english.prose ? 'en' : declared;
  if (declared === 'en' && english.share < NOT_ENGLISH_SHARE && englishScore(paragraphs) < NOT_ENGLISH_SCORE) return body;
  return declared;
}

function englishScore(paragraphs: readonly string[]): number {
  const scores = francAll(paragraphs.join('\n').slice(0, SAMPLE), { minLength: 20 });
  return scores.find(([code]) => code === 'eng')?.[1] ?? 0;
}
