/**
 * The `extract` stage for plain text copied out of a browser (or dumped by a
 * text-mode browser): clean paragraphs plus the details the text names.
 *
 *   lines -> reading-app footer cut off and read (footer.ts)
 *         -> body lines (clean.ts: classify, densest region, dedupe, trim)
 *         -> title, byline, date, category, outlet around the body (metadata.ts)
 *
 * One pass: the body it returns, cleaned again, comes back unchanged (the
 * property and fixture tests check it), so it is not cleaned twice. The one
 * known exception is a list after the body kept for its bullet marks, which
 * the returned paragraphs no longer carry.
 *
 * Pure: no I/O, no clock, no state kept between calls (trigrams.ts reuses a
 * scratch table within one).
 */
import type { ExtractedArticle } from '../../domain/types.js';
import { ReadingsError } from '../../domain/errors.js';
import { canonicalizeUrl } from '../common/canonical-url.js';
import { dateFromUrl } from '../common/dates.js';
import { splitLines } from './blocks.js';
import { cleanLines } from './clean.js';
import { findReadingFooter } from './footer.js';
import { findByline, findCategory, findOutlet, findPublished, findTitle, keptHead, titleFromBody } from './metadata.js';
import { bodyLanguage } from '../common/body-language.js';
import { outletFromUrl } from '../common/known-outlets.js';

export interface ExtractTextOptions {
  /** Where the text came from, when known: used for the URL and, for well-known hosts, the outlet. */
  url: string | null;
}

/** Throws ReadingsError('no_article') when no article is found. */
export function extractText(text: string, options: ExtractTextOptions): ExtractedArticle {
  const found = findTextArticle(text, options);
  if ('refused' in found) throw new ReadingsError('no_article', found.refused);
  return found;
}

/**
 * `extractText`, saying why instead of throwing when there is no article: a
 * headline alone is refused here before it is taken as a short text, and an
 * error's stack trace cost more than its classification.
 */
export function findTextArticle(text: string, options: ExtractTextOptions): ExtractedArticle | { refused: string } {
  const all = splitLines(text);
  if (all.length === 0) return { refused: 'the text is empty' };
  const footer = findReadingFooter(all);
  const lines = footer ? all.slice(0, footer.start) : all;
  const cleaned = cleanLines(lines);
  const { features, terms } = cleaned;
  let kept = cleaned.kept;
  if (kept.length === 0) return { refused: 'no paragraph of the text reads as an article body' };
  let title = findTitle(lines, features, kept[0]!, terms);
  // The page's head the cleaner kept as the body's first paragraphs: the headline, signed below by its byline.
  const head = keptHead(lines, features, kept, terms, title === null);
  if (head) {
    title = head.title;
    kept = kept.slice(head.bodyAt);
  }
  const paragraphs = kept.map((i) => lines[i]!.text);
  const bodyStart = kept[0]!;

  const url = footer?.url ?? canonicalizeUrl(options.url);
  const titleAt = title === null ? -1 : lines.slice(0, bodyStart).findIndex((l) => l.text === title || l.firstColumn === title);
  const byline = findByline(lines, features, kept, titleAt >= 0 ? titleAt : null);
  return {
    format: 'text',
    title: title ?? titleFromBody(paragraphs[0]!),
    outlet: outletFromUrl(url) ?? findOutlet(lines, bodyStart, title, byline),
    published: findPublished(lines, features, kept, title) ?? footer?.published ?? dateFromUrl(url),
    byline,
    language: bodyLanguage(paragraphs),
    url,
    category: footer?.category ?? findCategory(lines, bodyStart),
    paragraphs,
    html: null,
  };
}
