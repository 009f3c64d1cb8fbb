import type { ExtractedArticle, InputFormat, RawInput } from '../domain/types.js';
import { decodeText } from '../fetch/decode.js';
import { sniffReadable } from '../fetch/sniff.js';
import { readableInput } from '../fetch/mime-input.js';
import { extractHtml } from './html/extract-html.js';
import { withoutScriptBytes } from './html/script-bytes.js';
import { findTextArticle } from './text/extract-text.js';
import { shortTextArticle } from './short-text.js';
import { ReadingsError } from '../domain/errors.js';
import { authorOf } from './common/author.js';

export interface ExtractInputOptions {
  maxBytes: number;
  /** Overrides every charset the input declares. */
  charset?: string | null;
}

/** Sniff, decode and extract one input. Pure: throws a ReadingsError at the first stage that fails. */
export function sniffInput(raw: RawInput, options: ExtractInputOptions): InputFormat {
  return sniffReadable(raw, options.maxBytes);
}

export function extractFormatted(raw: RawInput, format: InputFormat, options: ExtractInputOptions): ExtractedArticle {
  const found = extractArticle(raw, format, options);
  const details = raw.page?.details;
  const article = details
    ? { ...found, title: details.title ?? found.title, outlet: details.outlet ?? found.outlet, published: details.published ?? found.published }
    : found;
  return { ...article, byline: authorOf(article.byline, article.outlet) };
}

function extractArticle(given: RawInput, format: InputFormat, options: ExtractInputOptions): ExtractedArticle {
  const raw = readableInput(given);
  const prune = format === 'html' ? withoutScriptBytes : undefined;
  const { text } = decodeText(raw.bytes, { contentType: raw.contentType, format, charset: options.charset ?? null, label: raw.label, prune });
  if (format === 'html') return extractHtml(text, { url: raw.url });
  const found = findTextArticle(text, { url: raw.url });
  if (!('refused' in found)) return found;
  const short = shortTextArticle(text, raw.url);
  if (short) return short;
  throw new ReadingsError('no_article', found.refused);
}
