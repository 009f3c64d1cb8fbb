import type { Dispatcher } from 'undici';
import { ReadingsError, isReadingsError } from '../../domain/errors.js';
import { decodeFeed } from '../../feeds/decode.js';
import { discoverFeedLinks, usualFeedUrls, type FeedLink } from '../../feeds/discover.js';
import { parseFeed, parseFeedText } from '../../feeds/parse-feed.js';
import type { ParsedFeed } from '../../feeds/types.js';
import { fetchFeed } from './fetch-feed.js';
import type { FeedFetchSettings } from './http-client.js';

/** A feed found for a URL the user gave, fetched and parsed once to be sure it is one. */
export interface FoundFeed {
  /** The URL to subscribe to: where a permanent redirect leads, else the feed's URL. */
  url: string;
  feed: ParsedFeed;
}

export interface Discovery {
  /** The feeds taken: the first one found, or all of them with `all`. */
  feeds: FoundFeed[];
  /** Every feed the page named (empty when the URL was a feed itself). */
  candidates: FeedLink[];
  /** Candidates that did not turn out to be feeds. */
  problems: ReadingsError[];
}

async function tryFeed(url: string, settings: FeedFetchSettings, agent: Dispatcher, maxEntries?: number): Promise<{ found: FoundFeed } | { html: string; pageUrl: string }> {
  const response = await fetchFeed(url, settings, agent);
  const options = { url: response.url, contentType: response.contentType, label: url, maxEntries };
  // parseFeed's two steps apart (parseFeed itself refuses an empty document), so that
  // a page that is no feed is decoded once, for its links.
  const decoded = response.bytes.length > 0 ? decodeFeed(response.bytes, response.contentType, url) : null;
  try {
    const feed = decoded ? parseFeedText(decoded.text, options, decoded.fallback) : parseFeed(response.bytes, options);
    return { found: { url: response.movedTo ?? url, feed } };
  } catch (error) {
    if (!decoded || !isReadingsError(error) || error.code !== 'no_feed') throw error;
    return { html: decoded.text, pageUrl: response.url };
  }
}

/**
 * The feeds of a URL: the URL itself when it is a feed; else the feeds its page
 * declares (`<link rel="alternate">`), the first one unless `all`; else the first
 * of the usual paths (/feed, /rss, /feed.xml…) that is a feed. Throws `no_feed`
 * when there is none.
 */
export async function discoverFeeds(url: string, settings: FeedFetchSettings, agent: Dispatcher, options: { all?: boolean; maxEntries?: number } = {}): Promise<Discovery> {
  const first = await tryFeed(url, settings, agent, options.maxEntries);
  if ('found' in first) return { feeds: [first.found], candidates: [], problems: [] };
  const candidates = discoverFeedLinks(first.html, first.pageUrl);
  const problems: ReadingsError[] = [];
  const feeds: FoundFeed[] = [];
  for (const link of candidates) {
    try {
      const r = await tryFeed(link.url, settings, agent, options.maxEntries);
      if ('found' in r) feeds.push(r.found);
      else problems.push(new ReadingsError('no_feed', 'the page names it as a feed, but it is an HTML page', link.url));
    } catch (error) {
      problems.push(isReadingsError(error) ? error : new ReadingsError('malformed_feed', String(error), link.url));
    }
    if (feeds.length > 0 && !options.all) break;
  }
  if (feeds.length > 0) return { feeds, candidates, problems };
  if (candidates.length === 0) {
    for (const guess of usualFeedUrls(first.pageUrl)) {
      try {
        const r = await tryFeed(guess, settings, agent, options.maxEntries);
        if ('found' in r) return { feeds: [r.found], candidates: [], problems };
      } catch {
        // a guess that fails is no news
      }
    }
  }
  const why = candidates.length
    ? `the page names ${candidates.length} feed(s) but none could be read (${problems.map((p) => p.toLine()).join('; ')})`
    : 'the page declares no feed (<link rel="alternate">) and none of the usual paths (/feed, /rss, /feed.xml, /atom.xml…) is one';
  throw new ReadingsError('no_feed', `no feed found: ${why}`, url);
}
