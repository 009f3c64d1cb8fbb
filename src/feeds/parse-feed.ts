import { parseAtomFeed, parseFeed as parseAnyFeed, parseJsonFeed, parseRdfFeed, parseRssFeed, type AnyFeed } from 'feedsmith';
import { ReadingsError } from '../domain/errors.js';
import { adaptAtom, adaptJson, adaptRdf, adaptRss } from './adapt.js';
import { decodeFeed } from './decode.js';
import { prepareXml, truncateToLastEntry } from './repair-xml.js';
import type { FeedEntry, FeedFormat, ParsedFeed } from './types.js';

export interface ParseFeedOptions {
  /** The URL the document came from (after redirects): the base of relative links. */
  url: string | null;
  contentType: string | null;
  /** Names the input in errors. */
  label: string;
  /** Entries kept, newest first; the rest are counted in `truncatedEntries`. Default 1000. */
  maxEntries?: number;
}

export const DEFAULT_MAX_ENTRIES = 1000;

const looksLikeJson = (text: string): boolean => /^\s*[{[]/.test(text);
const looksLikeHtml = (text: string): boolean => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);

function version(format: FeedFormat, text: string): string | null {
  const head = text.slice(0, 2048);
  switch (format) {
    case 'rss':
      return /<rss[^>]*\bversion\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? null;
    case 'atom':
      return /purl\.org\/atom\/ns#/.test(head) || /<feed[^>]*\bversion\s*=\s*["']0\.3["']/i.test(head) ? '0.3' : '1.0';
    case 'rdf':
      return '1.0';
    case 'json':
      return /jsonfeed\.org\/version\/([\d.]+)/.exec(head)?.[1] ?? null;
  }
}

const ROOT_ELEMENT = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/;

/**
 * Parses with the format's own parser when the root element names it: feedsmith's
 * generic parser tries RSS, Atom and RDF in turn, each a scan of the whole document.
 */
function parseWithFeedsmith(text: string, json: object | null): AnyFeed {
  if (json) return { format: 'json', feed: parseJsonFeed(json) };
  switch (ROOT_ELEMENT.exec(text)?.[1]) {
    case 'rss':
      return { format: 'rss', feed: parseRssFeed(text) };
    case 'feed':
      return { format: 'atom', feed: parseAtomFeed(text) };
    case 'RDF':
      return { format: 'rdf', feed: parseRdfFeed(text) };
    default:
      return parseAnyFeed(text);
  }
}

function runParser(text: string, json: object | null, label: string): { parsed: AnyFeed; recovered: string | null } {
  try {
    return { parsed: parseWithFeedsmith(text, json), recovered: null };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'DetectError' || name === 'ParseError') {
      throw new ReadingsError('no_feed', 'not an RSS, Atom, RSS 1.0 (RDF) or JSON Feed document', label);
    }
    const reason = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    const cut = looksLikeJson(text) ? null : truncateToLastEntry(text);
    if (cut) {
      try {
        return { parsed: parseWithFeedsmith(cut, null), recovered: `broken XML (${reason}); read up to the last complete entry` };
      } catch {
        // fall through to the error about the whole document
      }
    }
    throw new ReadingsError('malformed_feed', `the feed could not be parsed: ${reason}`, label);
  }
}

/** Keeps the newest `max` entries (by date when most entries have one, else document order). */
function capEntries(entries: FeedEntry[], max: number): { kept: FeedEntry[]; dropped: number } {
  if (entries.length <= max) return { kept: entries, dropped: 0 };
  const dated = entries.filter((e) => e.published ?? e.updated).length;
  const ordered = dated >= entries.length / 2
    ? entries.map((e, i) => ({ e, i, d: e.published ?? e.updated ?? '' })).sort((a, b) => (a.d === b.d ? a.i - b.i : a.d < b.d ? 1 : -1)).map((x) => x.e)
    : entries;
  return { kept: ordered.slice(0, max), dropped: entries.length - max };
}

/**
 * Parses a feed document (RSS 0.9x/2.0, RSS 1.0, Atom 0.3/1.0, JSON Feed 1.0/1.1)
 * into the domain model. Throws `no_feed` for a document that is not a feed (an
 * HTML page, other XML), `malformed_feed` for one too broken to read,
 * `invalid_encoding` for undecodable bytes. Never expands a DTD entity.
 *
 * @example parseFeed(bytes, { url: 'https://example.com/feed', contentType: 'application/rss+xml', label: 'https://example.com/feed' })
 */
export function parseFeed(bytes: Uint8Array, options: ParseFeedOptions): ParsedFeed {
  if (bytes.length === 0) throw new ReadingsError('malformed_feed', 'empty document (0 bytes)', options.label);
  const decoded = decodeFeed(bytes, options.contentType, options.label);
  return parseFeedText(decoded.text, options, decoded.fallback);
}

/**
 * `parseFeed` of a document already decoded to text; `decodingNote` says how
 * the bytes were read when that was not as declared.
 */
export function parseFeedText(decoded: string, options: ParseFeedOptions, decodingNote: string | null = null): ParsedFeed {
  const { label } = options;
  const text = looksLikeJson(decoded) ? decoded : prepareXml(decoded);
  if (!text.trim()) throw new ReadingsError('malformed_feed', 'empty document', label);
  if (looksLikeHtml(text)) throw new ReadingsError('no_feed', 'an HTML page, not a feed', label);
  let json: object | null = null;
  if (looksLikeJson(text)) {
    try {
      json = JSON.parse(text) as object;
    } catch (error) {
      throw new ReadingsError('malformed_feed', `not valid JSON: ${(error as Error).message}`, label);
    }
  }
  const { parsed, recovered } = runParser(text, json, label);
  const ctx = { url: options.url };
  const header =
    parsed.format === 'rss' ? adaptRss(parsed.feed, ctx)
    : parsed.format === 'atom' ? adaptAtom(parsed.feed, ctx)
    : parsed.format === 'rdf' ? adaptRdf(parsed.feed, ctx)
    : adaptJson(parsed.feed, ctx);
  const { kept, dropped } = capEntries(header.entries, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
  const notes = [recovered, decodingNote].filter(Boolean).join('; ');
  return { ...header, format: parsed.format, version: version(parsed.format, text), entries: kept, truncatedEntries: dropped, recovered: notes || null };
}
