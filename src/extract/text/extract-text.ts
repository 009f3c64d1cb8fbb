/**
 * The `extract` stage for plain text copied out of a browser (or dumped by a
 * text-mode browser): clean paragraphs plus the details the text names.
 *
 *   lines -> reading-app footer cut off and read (footer.ts)
 *         -> body lines (clean.ts: classify, densest region, dedupe, trim)
 *         -> title, byline, date, category, outlet around the body (metadata.ts)
 *
 * Pure: no I/O, no clock, no globals.
 */
import type { ExtractedArticle } from '../../domain/types.js';
import { ReadingsError } from '../../domain/errors.js';
import { canonicalizeUrl } from '../common/canonical-url.js';
import { splitLines } from './blocks.js';
import { cleanLines } from './clean.js';
import { findReadingFooter } from './footer.js';
import { findByline, findCategory, findOutlet, findPublished, findTitle, titleFromBody } from './metadata.js';
import { bodyLanguage } from './language.js';
import { outletFromUrl } from './outlets.js';

export interface ExtractTextOptions {
  /** Where the text came from, when known: used for the URL and, for well-known hosts, the outlet. */
  url: string | null;
}

/** Rounds of cleaning the cleaned body again, until it no longer changes. */
const MAX_ROUNDS = 4;

/**
 * The body cleaned until it is stable: a line kept for its neighbours (a
 * bullet item between paragraphs) may read as furniture once the furniture
 * around it is gone. Cleaning the result once more must change nothing.
 */
function settle(paragraphs: string[]): string[] {
  let current = paragraphs;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const lines = splitLines(current.join('\n\n'));
    const next = cleanLines(lines).kept.map((i) => lines[i]!.text);
    if (next.length === 0 || sameParagraphs(next, current)) return current;
    current = next;
  }
  return current;
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

export function extractText(text: string, options: ExtractTextOptions): ExtractedArticle {
  const all = splitLines(text);
  if (all.length === 0) throw new ReadingsError('no_article', 'the text is empty');
  const footer = findReadingFooter(all);
  const lines = footer ? all.slice(0, footer.start) : all;
  const { kept, features, terms } = cleanLines(lines);
  if (kept.length === 0) throw new ReadingsError('no_article', 'no paragraph of the text reads as an article body');
  const paragraphs = settle(kept.map((i) => lines[i]!.text));
  const bodyStart = kept[0]!;
  const bodyEnd = kept[kept.length - 1]!;

  const url = footer?.url ?? canonicalizeUrl(options.url);
  const title = findTitle(lines, features, bodyStart, terms);
  return {
    format: 'text',
    title: title ?? titleFromBody(paragraphs[0]!),
    outlet: outletFromUrl(url) ?? findOutlet(lines, bodyStart, title),
    published: findPublished(lines, features, bodyStart, bodyEnd) ?? footer?.published ?? null,
    byline: findByline(lines, bodyStart, bodyEnd),
    language: bodyLanguage(paragraphs),
    url,
    category: footer?.category ?? findCategory(lines, bodyStart),
    paragraphs,
    html: null,
  };
}
