import type { Dispatcher } from 'undici';
import { parseFeed } from '../../feeds/parse-feed.js';
import type { ParsedFeed } from '../../feeds/types.js';
import { fetchFeed, type ConditionalHeaders, type FeedResponse } from './fetch-feed.js';
import type { FeedFetchSettings } from './http-client.js';

export type FetchedFeed =
  | { kind: 'not_modified'; response: FeedResponse }
  | { kind: 'parsed'; response: FeedResponse; feed: ParsedFeed };

/** Fetches a feed URL and parses what comes back (throws a ReadingsError naming `url`). */
export async function fetchAndParse(
  url: string,
  settings: FeedFetchSettings,
  dispatcher: Dispatcher,
  conditional: ConditionalHeaders = {},
  maxEntries?: number,
): Promise<FetchedFeed> {
  const response = await fetchFeed(url, settings, dispatcher, conditional);
  if (response.notModified) return { kind: 'not_modified', response };
  const feed = parseFeed(response.bytes, { url: response.url, contentType: response.contentType, label: url, maxEntries });
  return { kind: 'parsed', response, feed };
}
