import { settleDates } from '../../feeds/dates.js';
import { isTeaserText, shouldFetchArticle } from '../../feeds/full-text.js';
import { entryKeys, type EntryKeys } from '../../feeds/identity.js';
import { htmlToText } from '../../feeds/text.js';
import type { FeedEntry, ParsedFeed } from '../../feeds/types.js';
import type { EntryRecord, Feed, FeedStore } from '../../store/feed-store.js';
import type { Failure } from '../failure.js';

/** A rejected entry (nothing stored) is tried again on this many refreshes in all. */
export const MAX_ENTRY_ATTEMPTS = 3;

/** An entry this refresh will ingest. */
export interface PlannedEntry {
  entry: FeedEntry;
  keys: EntryKeys;
  published: string;
  updated: string | null;
  firstSeen: string;
  fetchArticle: boolean;
  /** The feed's own content (else summary) is a teaser, not the article. */
  teaser: boolean;
  /** Later entries of the same document that are this one again (same URL or text, another GUID). */
  aliases: { entry: FeedEntry; keys: EntryKeys }[];
  /** Set when the article fetch failed and the feed's content was stored instead. */
  fullTextFailure: Failure | null;
}

export interface EntryPlan {
  planned: PlannedEntry[];
  /** Entries already known by GUID. */
  unchanged: number;
  /** Entries known by URL or content under another GUID (a GUID change, a re-post): remembered, not ingested. */
  republished: number;
}

/** The row that remembers an entry. */
export function entryRecord(feedId: number, p: Pick<PlannedEntry, 'entry' | 'keys' | 'published' | 'updated' | 'firstSeen'>, outcome: Pick<EntryRecord, 'readingId' | 'status' | 'fullText' | 'fullTextError' | 'fullTextErrorCode' | 'error' | 'errorCode'>): EntryRecord {
  return {
    feedId,
    guid: p.keys.guid,
    url: p.keys.url,
    title: p.entry.title,
    author: p.entry.author,
    publishedAt: p.published,
    updatedAt: p.updated,
    firstSeenAt: p.firstSeen,
    contentHash: p.keys.contentHash,
    ...outcome,
  };
}

/**
 * Sorts a feed document's entries into new ones (to ingest), ones already known
 * by GUID, and ones known by canonical URL or content hash under another GUID
 * (remembered under the new GUID at once, linked to the same reading, never
 * ingested twice). Duplicate GUIDs within the document count once.
 */
export function planEntries(feed: Feed, parsed: ParsedFeed, store: FeedStore, now: string): EntryPlan {
  const plan: EntryPlan = { planned: [], unchanged: 0, republished: 0 };
  const seenGuids = new Set<string>();
  const byUrl = new Map<string, PlannedEntry>();
  const byHash = new Map<string, PlannedEntry>();
  for (const entry of parsed.entries) {
    const text = htmlToText(entry.content ?? entry.summary ?? '');
    const keys = entryKeys(entry, text);
    if (seenGuids.has(keys.guid)) continue;
    seenGuids.add(keys.guid);
    const dates = settleDates(entry, now, now);
    const known = store.findEntry(feed.id, keys);
    if (known?.matchedBy === 'guid' && !(known.status === 'rejected' && known.attempts < MAX_ENTRY_ATTEMPTS)) {
      plan.unchanged++;
      continue;
    }
    if (known && known.matchedBy !== 'guid') {
      store.recordEntry(entryRecord(feed.id, { entry, keys, published: dates.published, updated: dates.updated, firstSeen: now }, {
        readingId: known.readingId, status: 'duplicate', fullText: null, fullTextError: null, fullTextErrorCode: null, error: null, errorCode: null,
      }));
      plan.republished++;
      continue;
    }
    const twin = (keys.url ? byUrl.get(keys.url) : undefined) ?? (keys.contentHash ? byHash.get(keys.contentHash) : undefined);
    if (twin) {
      twin.aliases.push({ entry, keys });
      plan.republished++;
      continue;
    }
    const teaser = isTeaserText(text);
    const planned: PlannedEntry = {
      entry,
      keys,
      published: dates.published,
      updated: dates.updated,
      firstSeen: now,
      fetchArticle: shouldFetchArticle(feed.fullText, entry, !entry.content || teaser),
      teaser,
      aliases: [],
      fullTextFailure: null,
    };
    if (keys.url) byUrl.set(keys.url, planned);
    if (keys.contentHash) byHash.set(keys.contentHash, planned);
    plan.planned.push(planned);
  }
  return plan;
}
