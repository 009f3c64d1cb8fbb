import { detectBom, isUtf16 } from './bom.js';

/** How many bytes of an input the sniffers look at. */
export const SNIFF_BYTES = 8192;

/**
 * The first {@link SNIFF_BYTES} as a string good enough for looking at ASCII markup:
 * UTF-16 (with a BOM) is decoded, anything else read byte for byte.
 */
export function headText(bytes: Uint8Array): string {
  const bom = detectBom(bytes);
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (bom && isUtf16(bom)) return new TextDecoder(bom.encoding).decode(head);
  const rest = head.subarray(bom?.length ?? 0);
  // Byte for byte: Buffer's latin1 is native; TextDecoder's (windows-1252) cost ~45 µs an input, and the markup looked for is ASCII.
  return Buffer.from(rest.buffer, rest.byteOffset, rest.byteLength).toString('latin1');
}

/** The text after leading whitespace, BOM, `<?xml …?>`-style instructions and comments. */
export function skipProlog(text: string): string {
  let rest = text;
  for (;;) {
    const trimmed = rest.replace(/^[\s\uFEFF]+/, '');
    const skipped = trimmed.replace(/^<\?[\s\S]*?\?>/, '').replace(/^<!--[\s\S]*?-->/, '');
    if (skipped === rest) return rest;
    rest = skipped;
  }
}

const HTML_START = /^<(?:!doctype\s+html|html|head|body)(?=[\s>/])/i;
const FEED_ROOT = /^<(?:rss|feed|rdf:rdf)(?=[\s>/])/i;
const TAG = /<\/?(?:p|div|span|a|br|hr|img|table|tr|td|th|ul|ol|li|h[1-6]|script|style|meta|link|title|article|section|nav|header|footer|main|aside|figure|figcaption|iframe|form|input|button|strong|em|b|i|u|blockquote|pre|code|noscript|svg|time|small|sup|sub)(?=[\s>/])[^<>]{0,2000}>/gi;

/** Whether a document head reads as HTML: an HTML start, or a high density of HTML tags. */
export function looksLikeHtmlText(head: string): boolean {
  const start = skipProlog(head);
  if (HTML_START.test(start)) return true;
  if (/^[\s\uFEFF]*<\?xml/i.test(head) || FEED_ROOT.test(start)) return false;
  let count = 0;
  let markup = 0;
  for (const match of head.matchAll(TAG)) {
    count += 1;
    markup += match[0].length;
  }
  return count >= 3 && markup / head.length >= 0.03;
}

/** Whether the bytes are an RSS, Atom or RSS 1.0 (RDF) feed, by their root element. */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  const start = skipProlog(headText(bytes)).replace(/^<!doctype[^>]*>\s*/i, '');
  return FEED_ROOT.test(start);
}
