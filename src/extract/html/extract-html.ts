import type { ExtractedArticle } from '../../domain/types.js';
import { ReadingsError } from '../../domain/errors.js';
import { dateFromUrl } from '../common/dates.js';
import { segmentBlocks, type Block } from './blocks.js';
import { cleanByline } from './byline.js';
import { judgeBlocks } from './clean-blocks.js';
import { isConsentNotice, withoutNotice } from './consent-notice.js';
import { ldArticle, ldBodyWords } from './ld-body.js';
import { countWords } from '../common/words.js';
import { duplicateIndexes } from '../common/dedupe.js';
import { readHeadLines } from './head-lines.js';
import { findCopyrightOutlet } from './copyright.js';
import { readJsonLd } from './json-ld.js';
import { readMetadata } from './metadata.js';
import { readPageMeta } from './page-meta.js';
import { parseDocument } from './parse-document.js';
import { resolveUrls } from './resolve-urls.js';
import { runReadability, type ReadabilityResult } from './run-readability.js';
import { sanitizeArticleHtml } from './sanitize.js';
import { stripMarkup } from './strip-markup.js';
import { outletFromUrl } from '../common/known-outlets.js';
import { pageLanguage } from '../common/page-language.js';

export interface ExtractHtmlOptions {
  /** The page's URL (after redirects); resolves relative links, fallback canonical URL. */
  url: string | null;
}

/**
 * Extract the article of an HTML page: metadata from the whole document
 * first, then Mozilla Readability finds the article container, then our own
 * pass drops the clutter Readability keeps, then the HTML is sanitized.
 * Pure: no I/O. Throws ReadingsError('no_article') when there is no article.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions): ExtractedArticle {
  const stripped = stripMarkup(html);
  const document = parseDocument(stripped.html);
  if (!document) throw new ReadingsError('no_article', 'the page is empty');
  const page = readPageMeta(document);
  const ld = readJsonLd(stripped.jsonLd);
  const meta = readMetadata(page, ld, () => findCopyrightOutlet(html), options.url);

  const fromPage = pageArticle(document, stripped.html, meta);
  const article = fromLdWhenFuller(fromPage, ld?.articleBody ?? null, meta) ?? fromPage;
  if (!article) throw new ReadingsError('no_article', 'no article found in the page');
  const { paragraphs, headLines } = article;
  if (!looksLikeArticle(paragraphs)) throw new ReadingsError('no_article', 'the page holds no article text');
  // The lines under the page's <h1>, when the <h1> is the headline (not a logo's): "18 NOV 2019" outside the article's markup.
  const underHeadline = page.h1 !== null && meta.title !== null && (meta.title.includes(page.h1) || page.h1.includes(meta.title)) ? page.afterH1 : [];
  const fromLines = meta.byline && meta.published ? null : readHeadLines([...headLines, ...underHeadline]);

  const { found } = article;
  resolveUrls(found.content, meta.url ?? options.url);
  return {
    format: 'html',
    title: meta.title ?? found.title,
    outlet: outletFromUrl(meta.url ?? options.url) ?? meta.outlet,
    published: meta.published ?? fromLines?.published ?? dateFromUrl(meta.url) ?? dateFromUrl(options.url),
    byline: meta.byline ?? fromLines?.byline ?? cleanByline(found.byline),
    language: pageLanguage(meta.language, paragraphs),
    url: meta.url,
    category: null,
    paragraphs,
    html: sanitizeArticleHtml(found.content.innerHTML),
  };
}

/** The article the page's markup holds, found by Readability (or standing alone) and cleaned; never a consent notice. */
function pageArticle(document: Document, html: string, meta: { title: string | null; byline: string | null }): CleanArticle | null {
  const container = soleArticle(document) ?? runReadability(document);
  const found = container ? cleanArticle(container, meta) : null;
  if (!found || !isConsentNotice(found.paragraphs)) return found;
  const again = withoutNotice(html, found.paragraphs);
  const retried = again ? runReadability(again) : null;
  const article = retried ? cleanArticle(retried, meta) : null;
  return article && !isConsentNotice(article.paragraphs) ? article : null;
}

interface CleanArticle {
  found: ReadabilityResult;
  paragraphs: string[];
  /** Datelines and bylines cut from the top of the article, read for its details. */
  headLines: string[];
}

/** Our cleaning pass over the article container: clutter blocks and repeated paragraphs removed from it. */
function cleanArticle(found: ReadabilityResult, meta: { title: string | null; byline: string | null }): CleanArticle {
  const blocks = segmentBlocks(found.content);
  const verdicts = judgeBlocks(blocks, { title: meta.title ?? found.title, byline: meta.byline ?? found.byline });
  const kept: Block[] = [];
  const headLines: string[] = [];
  const remove = (b: Block) => {
    for (const n of b.nodes) n.parentNode?.removeChild(n);
  };
  blocks.forEach((b, i) => {
    const verdict = verdicts[i];
    if (!verdict) kept.push(b);
    else {
      if (verdict === 'dateline' || verdict === 'byline') headLines.push(b.text);
      remove(b);
    }
  });
  const duplicates = duplicateIndexes(kept.map((b) => b.text));
  for (const i of duplicates) remove(kept[i]!);
  return { found, paragraphs: kept.filter((_, i) => !duplicates.has(i)).map((b) => b.text), headLines };
}

/**
 * The JSON-LD articleBody, cleaned as a page's article is, when the page's own
 * markup gave no article or less than half of it (a page its scripts fill in,
 * a teaser before a wall). Null when the page's own article stands.
 */
function fromLdWhenFuller(fromPage: CleanArticle | null, body: string | null, meta: { title: string | null; byline: string | null }): CleanArticle | null {
  const ldWords = ldBodyWords(body);
  if (!body || ldWords < LD_BODY_MIN_WORDS) return null;
  const pageWords = fromPage && looksLikeArticle(fromPage.paragraphs) ? countWords(fromPage.paragraphs) : 0;
  if (pageWords >= ldWords * LD_BODY_SHARE) return null;
  const found = ldArticle(body);
  const fromLd = found ? cleanArticle(found, meta) : null;
  return fromLd && looksLikeArticle(fromLd.paragraphs) && countWords(fromLd.paragraphs) > pageWords ? fromLd : null;
}

const LD_BODY_MIN_WORDS = 80;
const LD_BODY_SHARE = 0.5;


/**
 * A page whose body is one <article> and nothing else (a feed entry's content
 * made into a page, an article saved on its own) is already isolated: what
 * Readability would search for is there, and our cleaning pass still runs.
 */
function soleArticle(document: Document): ReadabilityResult | null {
  const body = document.body;
  const only = body.children.length === 1 ? body.children[0]! : null;
  if (only?.tagName !== 'ARTICLE' || !only.querySelector('p')) return null;
  for (const node of Array.from(body.childNodes)) if (node.nodeType === 3 && node.textContent?.trim()) return null;
  return { content: only, byline: null, title: null };
}

/** Some prose, or a fair amount of text: not a page of links and labels. */
function looksLikeArticle(paragraphs: readonly string[]): boolean {
  let chars = 0;
  let sentences = 0;
  for (const p of paragraphs) {
    chars += p.length;
    if (p.length >= 60 && /[.!?…。！？]["'”’»)]*$/u.test(p)) sentences++;
  }
  return chars >= 300 || (chars >= 80 && sentences > 0);
}
