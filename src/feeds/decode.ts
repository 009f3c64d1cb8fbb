import { ReadingsError } from '../domain/errors.js';
import { detectBom } from '../fetch/bom.js';
import { charsetParam } from '../fetch/content-type.js';
import { decodeText } from '../fetch/decode.js';

export interface DecodedFeed {
  text: string;
  charset: string;
  /** Set when the declared charset was wrong and another one was used. */
  fallback: string | null;
}

const XML_DECL_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The `encoding` of an XML declaration (`<?xml version="1.0" encoding="windows-1251"?>`), read as ASCII. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return XML_DECL_ENCODING.exec(head)?.[1] ?? null;
}

function tryDecode(bytes: Uint8Array, charset: string, label: string): string {
  return decodeText(bytes, { contentType: null, format: 'text', charset, label }).text;
}

/**
 * Decodes a feed document. The charset comes from, in order: a byte-order mark,
 * the Content-Type header, the XML declaration, else UTF-8. Bytes that are not
 * valid in the chosen charset fall back to the XML declaration's charset, then
 * windows-1252 (the usual mislabelling), instead of losing the feed.
 */
export function decodeFeed(bytes: Uint8Array, contentType: string | null, label: string): DecodedFeed {
  const bom = detectBom(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), charset: bom.encoding.toLowerCase(), fallback: null };
  const declared = xmlDeclaredEncoding(bytes);
  const candidates = [charsetParam(contentType), declared, 'utf-8', 'windows-1252'].filter((c): c is string => Boolean(c));
  const first = candidates[0] as string;
  let lastError: unknown = null;
  for (const charset of [...new Set(candidates.map((c) => c.toLowerCase()))]) {
    try {
      const text = tryDecode(bytes, charset, label);
      return { text, charset, fallback: charset === first.toLowerCase() ? null : `decoded as ${charset}; ${first} did not fit the bytes` };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof ReadingsError ? lastError : new ReadingsError('invalid_encoding', 'could not decode the feed', label);
}
