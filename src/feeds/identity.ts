import { createHash } from 'node:crypto';
import { canonicalizeUrl } from '../extract/common/canonical-url.js';
import { htmlToText } from './text.js';
import type { FeedEntry } from './types.js';

/** The keys an entry is known by: its GUID, its canonical URL, the hash of its text. */
export interface EntryKeys {
  /** The entry's GUID, else its canonical URL, else the hash of its title and content. */
  guid: string;
  url: string | null;
  /** sha256 of the normalized text of title + content; null when there is next to no text. */
  contentHash: string | null;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Below this many characters of text, a hash would match unrelated entries ("Video", "Photos"). */
const MIN_HASHED_CHARS = 60;

/** `contentText`: the entry's content (else summary) as plain text, when the caller has it already. */
export function entryKeys(entry: FeedEntry, contentText = htmlToText(entry.content ?? entry.summary ?? '')): EntryKeys {
  const url = canonicalizeUrl(entry.link);
  const text = `${entry.title ?? ''}\n${contentText}`.toLowerCase().replace(/\s+/g, ' ').trim();
  const contentHash = text.length >= MIN_HASHED_CHARS ? sha256(text) : null;
  const guid = entry.guid ?? url ?? `sha256:${sha256(text || JSON.stringify(entry))}`;
  return { guid, url, contentHash };
}
