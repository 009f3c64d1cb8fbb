import type { ExtractedArticle, InputFormat, RawInput } from '../domain/types.js';
import { decodeText } from '../fetch/decode.js';
import { sniffFormat } from '../fetch/sniff.js';
import { extractHtml } from './html/extract-html.js';
import { extractText } from './text/extract-text.js';
import { shortTextArticle } from './short-text.js';
import { isReadingsError } from '../domain/errors.js';

export interface ExtractInputOptions {
  maxBytes: number;
  /** Overrides every charset the input declares. */
  charset?: string | null;
}

/** Sniff, decode and extract one input. Pure: throws a ReadingsError at the first stage that fails. */
export function sniffInput(raw: RawInput, options: ExtractInputOptions): InputFormat {
  return sniffFormat(raw.bytes, { contentType: raw.contentType, label: raw.label, maxBytes: options.maxBytes });
}

export function extractFormatted(raw: RawInput, format: InputFormat, options: ExtractInputOptions): ExtractedArticle {
  const { text } = decodeText(raw.bytes, { contentType: raw.contentType, format, charset: options.charset ?? null, label: raw.label });
  if (format === 'html') return extractHtml(text, { url: raw.url });
  try {
    return extractText(text, { url: raw.url });
  } catch (error) {
    const short = isReadingsError(error) && error.code === 'no_article' ? shortTextArticle(text, raw.url) : null;
    if (short) return short;
    throw error;
  }
}
