import { sha256 } from './sha256.js';
import { toFailure, type Failure } from './failure.js';
import type { ExtractedArticle, InputFormat, InputHints, Original, RawInput, Reading } from '../domain/types.js';
import { authorOf } from '../extract/common/author.js';
import { canonicalizeUrl } from '../extract/common/canonical-url.js';
import { parseDate, dateFromUrl } from '../extract/common/dates.js';
import { slugify } from '../extract/common/slug.js';
import { bodyReadingMinutes, countWords } from '../extract/common/words.js';
import { outletFromUrl, outletOfHost } from '../extract/common/known-outlets.js';
import { extractFormatted, sniffInput, type ExtractInputOptions } from '../extract/extract-input.js';
import type { Features, RelateInput } from '../relate/types.js';


export type Prepared =
  /** Not an article input at all (empty, binary, too large): nothing is stored. */
  | { kind: 'rejected'; failure: Failure }
  /** Ready to store; `failure` is set when extraction failed and only the original is kept. */
  | { kind: 'prepared'; reading: Reading; original: Original; inputHash: string; failure: Failure | null; features: Features | null };

/** The relate stage's analysis of a clean reading (NLP), passed in so this core stays pure. */
export type Analyzer = (input: RelateInput) => Features;

export interface PrepareContext extends ExtractInputOptions {
  id: string;
  now: string;
  /** Run the relate analysis now (default); false defers it to `regroup`. */
  analyze?: boolean;
  /** sha256 of the input's bytes, when the caller has already computed it. */
  inputHash?: string;
}

/**
 * The pure core of ingest: bytes in, a reading record out. The original
 * bytes always travel with the record, so a failed extraction still keeps
 * everything the user gave.
 */
export function prepareReading(raw: RawInput, hints: InputHints, ctx: PrepareContext, analyzer?: Analyzer): Prepared {
  let format: InputFormat;
  try {
    format = sniffInput(raw, ctx);
  } catch (error) {
    return { kind: 'rejected', failure: toFailure(error, raw.label) };
  }
  const original: Original = { readingId: ctx.id, bytes: raw.bytes, contentType: raw.contentType, label: raw.label };
  const inputHash = ctx.inputHash ?? sha256(raw.bytes);
  try {
    const article = extractFormatted(raw, format, ctx);
    const reading = buildReading(article, raw, hints, ctx);
    const features = analyzer && ctx.analyze !== false ? analyzer(reading) : null;
    return { kind: 'prepared', reading, original, inputHash, failure: null, features };
  } catch (error) {
    const failure = toFailure(error, raw.label);
    return { kind: 'prepared', reading: failedReading(raw, hints, ctx, inputHash, format, failure), original, inputHash, failure, features: null };
  }
}

function buildReading(article: ExtractedArticle, raw: RawInput, hints: InputHints, ctx: PrepareContext): Reading {
  const text = article.paragraphs.join('\n\n');
  const words = countWords(article.paragraphs);
  const url = pickUrl(hints, raw, article);
  // A well-known news host's name first, as for an HTML page (a text's copyright line may name the owner); a page
  // that names itself nowhere is known by its address: two readings from one site are one outlet.
  const outlet = hints.outlet?.trim() || outletFromUrl(url) || article.outlet || hints.outletFallback?.trim() || outletOfHost(url);
  return {
    id: ctx.id,
    ref: hints.ref ?? null,
    category: hints.category || article.category || (outlet ? slugify(outlet) : '') || 'uncategorized',
    url,
    title: hints.title?.trim() || article.title || hints.titleFallback?.trim() || titleFromLabel(raw.label),
    outlet,
    byline: authorOf(article.byline, outlet),
    language: article.language,
    // The day the address names, as for an HTML page, when the text dates itself nowhere.
    publishedAt: parseDate(hints.published) ?? article.published ?? dateFromUrl(url),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    lastReadAt: null,
    readCount: hints.read ? 1 : 0,
    wordCount: words,
    readingMinutes: bodyReadingMinutes(article.paragraphs, words),
    contentHash: sha256(normalizeForHash(text)),
    text,
    html: article.html,
    format: article.format,
    extractionStatus: 'ok',
    extractionError: null,
    extractionErrorCode: null,
  };
}

function failedReading(raw: RawInput, hints: InputHints, ctx: PrepareContext, inputHash: string, format: InputFormat, failure: Failure): Reading {
  return {
    id: ctx.id,
    ref: hints.ref ?? null,
    category: hints.category || 'uncategorized',
    url: canonicalizeUrl(hints.url) ?? canonicalizeUrl(raw.url),
    title: hints.title?.trim() || hints.titleFallback?.trim() || titleFromLabel(raw.label),
    outlet: hints.outlet?.trim() || hints.outletFallback?.trim() || null,
    byline: null,
    language: null,
    publishedAt: parseDate(hints.published),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    lastReadAt: null,
    readCount: hints.read ? 1 : 0,
    wordCount: 0,
    readingMinutes: 0,
    contentHash: inputHash,
    text: '',
    html: null,
    format,
    extractionStatus: 'failed',
    extractionError: failure.message,
    extractionErrorCode: failure.code,
  };
}

/**
 * The user's URL wins, then the address we fetched; a page's own canonical
 * link only when it stays on the same host (some sites point it at their
 * home page or at another edition).
 */
function pickUrl(hints: InputHints, raw: RawInput, article: ExtractedArticle): string | null {
  const given = canonicalizeUrl(hints.url);
  if (given) return given;
  const fetched = canonicalizeUrl(raw.url);
  const declared = canonicalizeUrl(article.url);
  if (!fetched) return declared;
  if (declared && new URL(declared).host === new URL(fetched).host && new URL(declared).pathname.length > 1) return declared;
  return fetched;
}

function normalizeForHash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** "reports/kazakhstan-troops.html" -> "kazakhstan troops"; a URL stays as it is. */
function titleFromLabel(label: string): string {
  if (/^https?:\/\//i.test(label) || label === '-') return label === '-' ? 'Untitled (stdin)' : label;
  const base = label.split(/[\\/]/).pop() ?? label;
  return base.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_]+/g, ' ').trim() || label;
}
