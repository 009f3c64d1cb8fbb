import { escapeHtml } from '../../domain/strings.js';
import { countWords } from '../common/words.js';
import { decodeEntities } from './metadata.js';
import { parseDocument } from './parse-document.js';
import type { ReadabilityResult } from './run-readability.js';

/**
 * A page built in the browser by its scripts (or behind a teaser) serves an
 * empty or cut article to a plain fetch, yet often gives the whole text to
 * search engines as the JSON-LD `articleBody`. That text, made an article
 * element, goes through the same cleaning pass as a page's own article.
 */

const MARKUP_RE = /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|em|strong|a|span|figure|img)\b[^>]*>/i;
/** A paragraph this long with no line break in it was joined by the publisher, not written so. */
const LONG_PARAGRAPH_WORDS = 150;
const PARAGRAPH_WORDS = 90;

/** Words of the articleBody as given (markup and entities left in: a measure, not a text). */
export function ldBodyWords(body: string | null): number {
  return body ? countWords([body.replace(/<[^>]*>/g, ' ')]) : 0;
}

/** The articleBody as an article element, its paragraphs as the publisher broke them. */
export function ldArticle(body: string): ReadabilityResult | null {
  // Some sites escape the markup of their articleBody once more ("&lt;p&gt;").
  const markup = MARKUP_RE.test(body) ? body : decodeEntities(body);
  const html = MARKUP_RE.test(markup) ? markup : plainTextHtml(markup);
  const document = parseDocument(`<html><head></head><body><article>${html}</article></body></html>`);
  const content = document?.querySelector('article');
  return content ? { content, byline: null, title: null } : null;
}

function plainTextHtml(text: string): string {
  const paragraphs = text.split(/\s*\n\s*/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return paragraphs.flatMap(breakLong).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

/** A body given as one run of text is cut into paragraphs of whole sentences. */
function breakLong(paragraph: string): string[] {
  if (countWords([paragraph]) <= LONG_PARAGRAPH_WORDS) return [paragraph];
  const out: string[] = [];
  let current = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(paragraph)) {
    current += segment;
    if (countWords([current]) >= PARAGRAPH_WORDS) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
