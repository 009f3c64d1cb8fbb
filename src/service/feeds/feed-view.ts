import type { FullTextMode } from '../../feeds/full-text.js';
import type { Feed, FeedStatus, FeedWithCounts, ReadingSource } from '../../store/feed-store.js';

/** A subscription as `--json` output and the API show it. */
export interface FeedView {
  id: number;
  title: string | null;
  url: string;
  siteUrl: string | null;
  category: string | null;
  fullText: FullTextMode;
  format: string | null;
  status: FeedStatus;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  nextFetchAt: string | null;
  errorCount: number;
  lastError: { code: string | null; message: string } | null;
  /** Readings the feed brought in, and of those the unread (when counted). */
  items?: number;
  unread?: number;
}

export function feedView(f: FeedWithCounts | Feed): FeedView {
  return {
    id: f.id,
    title: f.title,
    url: f.url,
    siteUrl: f.siteUrl,
    category: f.category,
    fullText: f.fullText,
    format: f.format,
    status: f.status,
    lastFetchedAt: f.lastFetchedAt,
    lastSuccessAt: f.lastSuccessAt,
    nextFetchAt: f.nextFetchAt,
    errorCount: f.errorCount,
    lastError: f.lastError ? { code: f.lastErrorCode, message: f.lastError } : null,
    ...('items' in f ? { items: f.items, unread: f.unread } : {}),
  };
}

/** A feed entry a reading came from, as `show --json` and the API show it. */
export interface ReadingSourceView {
  feed: { id: number; title: string | null; url: string };
  guid: string;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  firstSeenAt: string;
  /** Where the text came from: the article fetched, or the feed's own content. */
  text: 'article' | 'feed' | null;
  /** Why the article could not be fetched, when the feed's content was kept instead. */
  articleError: { code: string | null; message: string } | null;
}

export function readingSourceView(s: ReadingSource): ReadingSourceView {
  return {
    feed: { id: s.feedId, title: s.feedTitle, url: s.feedUrl },
    guid: s.guid,
    url: s.url,
    author: s.author,
    publishedAt: s.publishedAt,
    firstSeenAt: s.firstSeenAt,
    text: s.fullText,
    articleError: s.fullTextError ? { code: s.fullTextErrorCode, message: s.fullTextError } : null,
  };
}

/** "Harbor Times (feed 3) · by Jane Doe · the feed's text (article fetch failed: …)": one line of `show`. */
export function readingSourceLine(s: ReadingSource): string {
  const parts = [`${s.feedTitle ?? s.feedUrl} (feed ${s.feedId})`];
  if (s.author) parts.push(`by ${s.author}`);
  if (s.fullText === 'feed') parts.push(s.fullTextError ? `the feed's text (article fetch failed: ${s.fullTextError}${s.fullTextErrorCode ? ` [${s.fullTextErrorCode}]` : ''})` : "the feed's text");
  return parts.join(' · ');
}
