import { ReadingsError } from '../../domain/errors.js';
import type { Resolver } from '../../fetch/guarded-connector.js';
import type { ScheduleSettings } from '../../feeds/schedule.js';
import type { Feed } from '../../store/feed-store.js';
import type { Storage } from '../../store/storage.js';
import type { ExtractPool } from '../extract-pool.js';
import type { RelateSettings } from '../relate-reading.js';
import type { FeedFetchSettings } from './http-client.js';
import type { Config } from '../../config/config.js';
import { fetchOptions } from '../load-source.js';

/** What the feed services reach for, passed in. */
export interface FeedDeps {
  storage: Storage;
  fetch: FeedFetchSettings;
  resolve?: Resolver;
  now?: () => Date;
  schedule?: ScheduleSettings;
  /** Requests at once to one host (feeds and articles): default 2. */
  perHost?: number;
  /** Requests at once overall: default 16. */
  globalConnections?: number;
  /** Entries read per feed document: default 1000. */
  maxEntries?: number;
}

/** Refreshing also ingests: it needs the extraction pool and the relate settings. */
export interface RefreshDeps extends FeedDeps {
  pool: ExtractPool;
  relate?: RelateSettings;
}

/** The feed services' dependencies for one library, from the configuration. */
export function feedDepsOf(config: Config, storage: Storage, now?: () => Date): FeedDeps {
  return { storage, fetch: fetchOptions(config), ...(now ? { now } : {}) };
}

export const clock = (deps: FeedDeps): Date => (deps.now ?? (() => new Date()))();

/** Resolves a feed id argument ("3"); throws `not_found`. */
export function requireFeed(deps: Pick<FeedDeps, 'storage'>, idArg: string): Feed {
  const id = /^\d+$/.test(idArg.trim()) ? Number(idArg) : NaN;
  const feed = Number.isSafeInteger(id) ? deps.storage.feeds.get(id) : null;
  if (!feed) throw new ReadingsError('not_found', 'no feed with this id (see `readings feeds`)', idArg);
  return feed;
}
