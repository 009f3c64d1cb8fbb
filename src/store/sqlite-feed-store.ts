import type { FullTextMode } from '../feeds/full-text.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database.js';
import { statementCache } from './statement-cache.js';
import type { EntryRecord, EntryStatus, Feed, FeedStatus, FeedStore, FeedUpdate, FeedWithCounts, KnownEntry, NewFeed, ReadingSource } from './feed-store.js';

interface FeedRow {
  id: number;
  url: string;
  site_url: string | null;
  title: string | null;
  title_locked: number;
  category: string | null;
  full_text: FullTextMode;
  format: string | null;
  status: FeedStatus;
  etag: string | null;
  last_modified: string | null;
  created_at: string;
  last_fetched_at: string | null;
  last_success_at: string | null;
  next_fetch_at: string | null;
  interval_seconds: number | null;
  error_count: number;
  last_error: string | null;
  last_error_code: string | null;
}

const toFeed = (r: FeedRow): Feed => ({
  id: r.id,
  url: r.url,
  siteUrl: r.site_url,
  title: r.title,
  titleLocked: r.title_locked === 1,
  category: r.category,
  fullText: r.full_text,
  format: r.format,
  status: r.status,
  etag: r.etag,
  lastModified: r.last_modified,
  createdAt: r.created_at,
  lastFetchedAt: r.last_fetched_at,
  lastSuccessAt: r.last_success_at,
  nextFetchAt: r.next_fetch_at,
  intervalSeconds: r.interval_seconds,
  errorCount: r.error_count,
  lastError: r.last_error,
  lastErrorCode: r.last_error_code,
});

/** Feed fields and their columns, for updates. */
const COLUMN: Record<keyof FeedUpdate, string> = {
  url: 'url',
  siteUrl: 'site_url',
  title: 'title',
  titleLocked: 'title_locked',
  category: 'category',
  fullText: 'full_text',
  format: 'format',
  status: 'status',
  etag: 'etag',
  lastModified: 'last_modified',
  lastFetchedAt: 'last_fetched_at',
  lastSuccessAt: 'last_success_at',
  nextFetchAt: 'next_fetch_at',
  intervalSeconds: 'interval_seconds',
  errorCount: 'error_count',
  lastError: 'last_error',
  lastErrorCode: 'last_error_code',
};

export class SqliteFeedStore implements FeedStore {
  private readonly sql: (sql: string) => Statement;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  add(feed: NewFeed): Feed {
    const info = this
      .sql(`INSERT INTO feeds (url, site_url, title, title_locked, category, full_text, format, created_at)
        VALUES (@url, @siteUrl, @title, @titleLocked, @category, @fullText, @format, @createdAt)`)
      .run({ ...feed, titleLocked: feed.titleLocked ? 1 : 0 });
    return this.get(Number(info.lastInsertRowid)) as Feed;
  }

  get(id: number): Feed | null {
    const row = this.sql('SELECT * FROM feeds WHERE id = ?').get(id) as FeedRow | undefined;
    return row ? toFeed(row) : null;
  }

  findByUrl(url: string): Feed | null {
    const row = this.sql('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
    return row ? toFeed(row) : null;
  }

  list(): FeedWithCounts[] {
    const rows = this
      .sql(`SELECT f.*,
          (SELECT count(DISTINCT e.reading_id) FROM feed_entries e WHERE e.feed_id = f.id AND e.reading_id IS NOT NULL) AS items,
          (SELECT count(DISTINCT e.reading_id) FROM feed_entries e JOIN readings r ON r.id = e.reading_id
            WHERE e.feed_id = f.id AND r.read_count = 0) AS unread
        FROM feeds f ORDER BY f.id`)
      .all() as (FeedRow & { items: number; unread: number })[];
    return rows.map((r) => ({ ...toFeed(r), items: r.items, unread: r.unread }));
  }

  due(now: string): Feed[] {
    const rows = this
      .sql(`SELECT * FROM feeds WHERE status = 'active' AND (next_fetch_at IS NULL OR next_fetch_at <= ?)
        ORDER BY next_fetch_at IS NOT NULL, next_fetch_at, id`)
      .all(now) as FeedRow[];
    return rows.map(toFeed);
  }

  update(id: number, changes: FeedUpdate): void {
    const keys = (Object.keys(changes) as (keyof FeedUpdate)[]).filter((k) => changes[k] !== undefined);
    if (keys.length === 0) return;
    const params: Record<string, unknown> = { id };
    for (const k of keys) {
      const v = changes[k];
      params[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }
    this.sql(`UPDATE feeds SET ${keys.map((k) => `${COLUMN[k]} = @${k}`).join(', ')} WHERE id = @id`).run(params);
  }

  remove(id: number): string[] {
    const readings = this
      .sql('SELECT DISTINCT reading_id FROM feed_entries WHERE feed_id = ? AND reading_id IS NOT NULL')
      .pluck()
      .all(id) as string[];
    this.sql('DELETE FROM feeds WHERE id = ?').run(id);
    return readings;
  }

  findEntry(feedId: number, keys: { guid: string; url: string | null; contentHash: string | null }): KnownEntry | null {
    type Row = { guid: string; reading_id: string | null; status: EntryStatus; attempts: number };
    const pick = (sql: string, value: string, matchedBy: KnownEntry['matchedBy']): KnownEntry | null => {
      const row = this.sql(sql).get(feedId, value) as Row | undefined;
      return row ? { guid: row.guid, readingId: row.reading_id, status: row.status, attempts: row.attempts, matchedBy } : null;
    };
    const select = 'SELECT guid, reading_id, status, attempts FROM feed_entries WHERE feed_id = ? AND';
    return (
      pick(`${select} guid = ?`, keys.guid, 'guid') ??
      (keys.url ? pick(`${select} url = ? AND status != 'rejected' ORDER BY id LIMIT 1`, keys.url, 'url') : null) ??
      (keys.contentHash ? pick(`${select} content_hash = ? AND status != 'rejected' ORDER BY id LIMIT 1`, keys.contentHash, 'content') : null)
    );
  }

  recordEntry(e: EntryRecord): void {
    this
      .sql(`INSERT INTO feed_entries (feed_id, guid, url, title, author, published_at, updated_at, first_seen_at, content_hash,
          reading_id, status, full_text, full_text_error, full_text_error_code, error, error_code)
        VALUES (@feedId, @guid, @url, @title, @author, @publishedAt, @updatedAt, @firstSeenAt, @contentHash,
          @readingId, @status, @fullText, @fullTextError, @fullTextErrorCode, @error, @errorCode)
        ON CONFLICT (feed_id, guid) DO UPDATE SET
          url = excluded.url, title = excluded.title, author = excluded.author, published_at = excluded.published_at,
          updated_at = excluded.updated_at, content_hash = excluded.content_hash, reading_id = excluded.reading_id,
          status = excluded.status, full_text = excluded.full_text, full_text_error = excluded.full_text_error,
          full_text_error_code = excluded.full_text_error_code, error = excluded.error, error_code = excluded.error_code,
          attempts = feed_entries.attempts + 1
        WHERE feed_entries.status = 'rejected'`)
      .run(e);
  }

  sourcesOf(readingId: string): ReadingSource[] {
    const rows = this.sql(`SELECT e.feed_id, f.title AS feed_title, f.url AS feed_url, e.guid, e.url, e.author, e.published_at, e.first_seen_at,
        e.full_text, e.full_text_error, e.full_text_error_code
      FROM feed_entries e JOIN feeds f ON f.id = e.feed_id WHERE e.reading_id = ? ORDER BY e.first_seen_at, e.id`).all(readingId) as {
      feed_id: number; feed_title: string | null; feed_url: string; guid: string; url: string | null; author: string | null; published_at: string | null;
      first_seen_at: string; full_text: 'article' | 'feed' | null; full_text_error: string | null; full_text_error_code: string | null;
    }[];
    return rows.map((r) => ({
      feedId: r.feed_id, feedTitle: r.feed_title, feedUrl: r.feed_url, guid: r.guid, url: r.url, author: r.author, publishedAt: r.published_at,
      firstSeenAt: r.first_seen_at, fullText: r.full_text, fullTextError: r.full_text_error, fullTextErrorCode: r.full_text_error_code,
    }));
  }

  sharedReadings(feedId: number, readingIds: readonly string[]): Set<string> {
    const stmt = this.sql('SELECT 1 FROM feed_entries WHERE reading_id = ? AND feed_id != ? LIMIT 1').pluck();
    return new Set(readingIds.filter((id) => stmt.get(id, feedId) !== undefined));
  }
}
