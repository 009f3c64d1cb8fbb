import { readFile, stat } from 'node:fs/promises';
import { ReadingsError } from '../../domain/errors.js';
import { slugify } from '../../extract/common/slug.js';
import { decodeFeed } from '../../feeds/decode.js';
import type { FullTextMode } from '../../feeds/full-text.js';
import { readOpml, writeOpml, type OpmlProblem } from '../../feeds/opml.js';
import type { FeedLink } from '../../feeds/discover.js';
import type { Feed } from '../../store/feed-store.js';
import { clock, type FeedDeps } from './deps.js';
export { requireFeed } from './deps.js';
import { discoverFeeds } from './discover.js';
import { createFeedAgent } from './http-client.js';

export interface AddFeedOptions {
  category?: string | null;
  title?: string | null;
  fullText?: FullTextMode;
  /** Subscribe to every feed the page names, not only the first. */
  all?: boolean;
}

export interface AddFeedResult {
  added: Feed[];
  /** Feeds found that were subscribed already. */
  existing: Feed[];
  /** Every feed the page named, when the URL was a page. */
  candidates: FeedLink[];
  problems: ReadingsError[];
}

/** Subscribes to the feed(s) of a site or feed URL (see {@link discoverFeeds}). */
export async function addFeed(url: string, options: AddFeedOptions, deps: FeedDeps): Promise<AddFeedResult> {
  const agent = createFeedAgent(deps.fetch, deps.resolve);
  try {
    const given = deps.storage.feeds.findByUrl(url.trim());
    if (given) return { added: [], existing: [given], candidates: [], problems: [] };
    const found = await discoverFeeds(url.trim(), deps.fetch, agent, { all: options.all, maxEntries: deps.maxEntries });
    const result: AddFeedResult = { added: [], existing: [], candidates: found.candidates, problems: found.problems };
    for (const { url: feedUrl, feed } of found.feeds) {
      const existing = deps.storage.feeds.findByUrl(feedUrl);
      if (existing) {
        result.existing.push(existing);
        continue;
      }
      const title = options.title?.trim() || feed.title;
      const category = options.category?.trim() || (title ? slugify(title) : null) || null;
      result.added.push(deps.storage.feeds.add({
        url: feedUrl,
        siteUrl: feed.link,
        title,
        titleLocked: Boolean(options.title?.trim()),
        category,
        fullText: options.fullText ?? 'auto',
        format: [feed.format, feed.version].filter(Boolean).join(' '),
        createdAt: clock(deps).toISOString(),
      }));
    }
    return result;
  } finally {
    await agent.close().catch(() => {});
  }
}

/**
 * Makes a feed due now, for the next look at the schedule (`readings watch`,
 * the server's scheduler). A disabled feed (gone, 410) is made active again:
 * asking for it is the user saying to try once more.
 */
export function refreshSoon(deps: Pick<FeedDeps, 'storage' | 'now'>, feed: Feed): Feed {
  deps.storage.feeds.update(feed.id, { nextFetchAt: clock(deps as FeedDeps).toISOString(), status: 'active' });
  return deps.storage.feeds.get(feed.id) ?? feed;
}

/**
 * Unsubscribes. Unless `keepReadings`, the readings the feed brought in go too,
 * except those another feed also brought; stories are kept consistent.
 */
export async function removeFeed(deps: Pick<FeedDeps, 'storage'>, feed: Feed, keepReadings: boolean): Promise<{ deletedReadings: number }> {
  const { storage } = deps;
  const { deleteReadingEverywhere } = await import('../stories.js');
  return storage.transaction(() => {
    const ids = storage.feeds.remove(feed.id);
    if (keepReadings) return { deletedReadings: 0 };
    const shared = storage.feeds.sharedReadings(feed.id, ids);
    let deleted = 0;
    for (const id of ids) {
      if (shared.has(id) || !storage.readings.get(id)) continue;
      deleteReadingEverywhere(storage, id);
      deleted++;
    }
    return { deletedReadings: deleted };
  });
}

export interface ImportResult {
  added: Feed[];
  /** Feeds subscribed already. */
  skipped: { url: string; feed: Feed }[];
  problems: OpmlProblem[];
}

const MAX_OPML_BYTES = 10 * 1024 * 1024;

/**
 * Subscribes to every feed of an OPML file (folders become categories). Feeds
 * subscribed already are skipped and reported; outlines that are not feeds are
 * reported; nothing is fetched (the next refresh does that).
 */
export async function importOpml(path: string, deps: Pick<FeedDeps, 'storage' | 'now'>): Promise<ImportResult> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new ReadingsError('not_found', 'no such file', path);
  if (info.size > MAX_OPML_BYTES) throw new ReadingsError('input_too_large', `OPML file is over the ${MAX_OPML_BYTES / 1024 / 1024} MB limit`, path);
  return importOpmlBytes(new Uint8Array(await readFile(path)), path, deps);
}

/** As {@link importOpml}, for an OPML document in hand (an upload); `label` names it in errors. */
export function importOpmlBytes(bytes: Uint8Array, label: string, deps: Pick<FeedDeps, 'storage' | 'now'>): ImportResult {
  if (bytes.length > MAX_OPML_BYTES) throw new ReadingsError('input_too_large', `OPML file is over the ${MAX_OPML_BYTES / 1024 / 1024} MB limit`, label);
  if (bytes.length === 0) throw new ReadingsError('empty_input', 'empty input (0 bytes)', label);
  const { feeds, problems } = readOpml(decodeFeed(bytes, null, label).text, label);
  if (feeds.length === 0 && problems.length === 0) throw new ReadingsError('malformed_input', 'the OPML file lists no feeds', label);
  const result: ImportResult = { added: [], skipped: [], problems };
  const createdAt = clock(deps as FeedDeps).toISOString();
  deps.storage.transaction(() => {
    for (const f of feeds) {
      const existing = deps.storage.feeds.findByUrl(f.url);
      if (existing) {
        result.skipped.push({ url: f.url, feed: existing });
        continue;
      }
      result.added.push(deps.storage.feeds.add({
        url: f.url,
        siteUrl: f.siteUrl,
        title: f.title,
        titleLocked: false,
        category: f.category ? slugify(f.category) || f.category : f.title ? slugify(f.title) || null : null,
        fullText: 'auto',
        format: null,
        createdAt,
      }));
    }
  });
  return result;
}

/** Every subscription as OPML 2.0. */
export function exportOpml(deps: Pick<FeedDeps, 'storage' | 'now'>): string {
  const feeds = deps.storage.feeds.list();
  return writeOpml(feeds.map((f) => ({ url: f.url, title: f.title, siteUrl: f.siteUrl, category: f.category })), clock(deps as FeedDeps));
}
