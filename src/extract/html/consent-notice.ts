import { countWords } from '../common/words.js';
import { parseDocument } from './parse-document.js';

/**
 * A cookie-consent notice that Readability took for the article: where class
 * names say nothing ("css-1a2b3c") and the article is mostly tables or short
 * lines, the notice's few sentences of prose can outscore it. A notice is
 * never the article: it is removed from a fresh parse of the page and the
 * article looked for again.
 */

const COOKIE_RE = /\bcookies?\b/iu;
const CONSENT_RE = /\b(?:consent|privacy|opt[- ]out|tracking|personali[sz](?:e|ed|ing)|ads|advertising|analytics|third[- ]part(?:y|ies)|accept)\b|cookie (?:policy|settings|preferences)/iu;
/** The site speaking to its reader ("we use… your browsing", "this website"), as a notice does and a news brief on cookie rules does not. */
const SITE_VOICE_RE = /\b(?:we|our|us)\b[^]*\b(?:you|your)\b|\b(?:you|your)\b[^]*\b(?:we|our|us)\b|\bthis (?:site|website)\b/iu;
/** Longer than this, an article that mentions cookies is more than a notice. */
const MAX_NOTICE_WORDS = 160;

/** Whether what was found reads as a consent notice: short, and most of its words in paragraphs about cookies. */
export function isConsentNotice(paragraphs: readonly string[]): boolean {
  const total = countWords(paragraphs);
  if (total === 0 || total > MAX_NOTICE_WORDS) return false;
  let about = 0;
  for (const p of paragraphs) if (COOKIE_RE.test(p) && CONSENT_RE.test(p) && SITE_VOICE_RE.test(p)) about += countWords([p]);
  return about * 2 >= total;
}

/**
 * The page parsed again without the notice: the deepest element whose text
 * holds the notice's opening words, and not much more, is removed. Null when
 * it cannot be found.
 */
export function withoutNotice(html: string, noticeParagraphs: readonly string[]): Document | null {
  const document = parseDocument(html);
  const first = noticeParagraphs[0]?.replace(/\s+/gu, ' ').trim() ?? '';
  if (!document || first === '') return null;
  const probe = first.slice(0, 60);
  const limit = noticeParagraphs.join(' ').length * 1.5 + 200;
  let notice: Element | null = null;
  // Document order: an element comes before its descendants, so the last match is the deepest.
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    const text = element.textContent ?? '';
    if (text.length <= limit && text.replace(/\s+/gu, ' ').includes(probe)) notice = element;
  }
  if (!notice) return null;
  notice.parentNode?.removeChild(notice);
  return document;
}
