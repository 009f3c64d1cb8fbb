import type { FullTextMode } from '../../feeds/full-text.js';
import type { Feed, FeedStatus, FeedWithCounts } from '../../store/feed-store.js';

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
