import type { FullTextMode } from '../feeds/full-text.js';

export type FeedStatus = 'active' | 'disabled';

/** A subscription, with what its last refreshes did. */
export interface Feed {
  id: number;
  url: string;
  siteUrl: string | null;
  title: string | null;
  /** The user named the feed: refreshes leave its title alone. */
  titleLocked: boolean;
  category: string | null;
  fullText: FullTextMode;
  format: string | null;
  status: FeedStatus;
  etag: string | null;
  lastModified: string | null;
  createdAt: string;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  nextFetchAt: string | null;
  intervalSeconds: number | null;
  errorCount: number;
  lastError: string | null;
  lastErrorCode: string | null;
}

/** A feed with counts of what it brought in. */
export interface FeedWithCounts extends Feed {
  /** Entries that are readings in the library. */
  items: number;
  /** Of those, readings never read. */
  unread: number;
}

export type NewFeed = Pick<Feed, 'url' | 'siteUrl' | 'title' | 'titleLocked' | 'category' | 'fullText' | 'format' | 'createdAt'>;

/** What a fetch changes on the feed row. */
export type FeedUpdate = Partial<Omit<Feed, 'id' | 'createdAt'>>;

export type EntryStatus = 'stored' | 'duplicate' | 'rejected';

/** A feed entry as remembered. */
export interface EntryRecord {
  feedId: number;
  guid: string;
  url: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  firstSeenAt: string;
  contentHash: string | null;
  readingId: string | null;
  status: EntryStatus;
  fullText: 'article' | 'feed' | null;
  fullTextError: string | null;
  fullTextErrorCode: string | null;
  error: string | null;
  errorCode: string | null;
}

/** A feed entry a reading came from (a reading may come from several feeds). */
export interface ReadingSource {
  feedId: number;
  feedTitle: string | null;
  feedUrl: string;
  guid: string;
  /** The entry's link. */
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  firstSeenAt: string;
  /** Where the text came from: the article fetched, or the feed's own content. */
  fullText: 'article' | 'feed' | null;
  /** Why the article could not be fetched, when the feed's content was kept instead. */
  fullTextError: string | null;
  fullTextErrorCode: string | null;
}

/** How an entry is already known to a feed. */
export interface KnownEntry {
  guid: string;
  readingId: string | null;
  status: EntryStatus;
  attempts: number;
  matchedBy: 'guid' | 'url' | 'content';
}

/**
 * Storage of subscriptions and the entries they brought, on the library's
 * connection (so that an entry and its reading can share a transaction).
 */
export interface FeedStore {
  add(feed: NewFeed): Feed;
  get(id: number): Feed | null;
  findByUrl(url: string): Feed | null;
  list(): FeedWithCounts[];
  /** Active feeds whose next fetch is due at `now` (never fetched first), soonest first. */
  due(now: string): Feed[];
  update(id: number, changes: FeedUpdate): void;
  /** Deletes the feed and its entry records; returns the ids of the readings its entries became. */
  remove(id: number): string[];
  /** The entry this feed already knows by GUID, else canonical URL, else content hash. */
  findEntry(feedId: number, keys: { guid: string; url: string | null; contentHash: string | null }): KnownEntry | null;
  /** Records an entry (a retried rejected entry is replaced, with attempts + 1). */
  recordEntry(entry: EntryRecord): void;
  /** The feed entries a reading came from, first seen first. */
  sourcesOf(readingId: string): ReadingSource[];
  /** Reading ids that entries of feeds other than `feedId` point to, among `readingIds`. */
  sharedReadings(feedId: number, readingIds: readonly string[]): Set<string>;
}
