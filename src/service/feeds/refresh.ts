import type { Dispatcher } from 'undici';
import type { RawInput } from '../../domain/types.js';
import { feedOutlet } from '../../feeds/outlet.js';
import { addSeconds, backoffSeconds, cacheControlMaxAge, DEFAULT_SCHEDULE, intervalAfterSuccess, retryAfterSeconds } from '../../feeds/schedule.js';
import type { ParsedFeed } from '../../feeds/types.js';
import { asLibraryBusy } from '../../store/busy.js';
import type { EntryRecord, Feed, FeedUpdate } from '../../store/feed-store.js';
import type { Outcome } from '../ingest.js';
import type { InputSource } from '../input-sources.js';
import { failureError, type Failure } from '../failure.js';
import { clock, type RefreshDeps } from './deps.js';
import { entryRaw, entrySource } from './entry-source.js';
import { fetchAndParse } from './fetch-and-parse.js';
import { toFeedFailure as toFailure } from './failure.js';
import { fetchFeed, HttpStatusError, type FeedResponse } from './fetch-feed.js';
import { createFeedAgent } from './http-client.js';
import { createHostLimiter, hostOf, type HostLimiter } from './limiter.js';
import { entryRecord, planEntries, type PlannedEntry } from './plan-entries.js';

export type FeedRefreshStatus = 'new' | 'unchanged' | 'not_modified' | 'error';

/** A remark on a feed that is not an error, with a stable code: `feed_moved`, `too_many_entries`, `malformed_feed` (partly read). */
export interface FeedNote {
  code: 'feed_moved' | 'too_many_entries' | 'malformed_feed' | 'duplicate';
  message: string;
  input: string;
}

/** What one refresh did to one feed. */
export interface FeedRefreshResult {
  feedId: number;
  url: string;
  title: string | null;
  status: FeedRefreshStatus;
  /** New readings (stored, extraction ok). */
  added: number;
  /** New readings stored verbatim with an extraction failure. */
  failed: number;
  /** Entries already in the library (same URL or content), linked to the reading there. */
  duplicates: number;
  /** Entries that could not be stored at all. */
  rejected: number;
  /** Entries known already (same GUID, or same URL or text under another GUID). */
  unchanged: number;
  /** Entries whose article fetch failed: the feed's content was stored instead. */
  fullTextFailures: Failure[];
  /** Entry problems (rejected, or stored with an extraction failure). */
  problems: Failure[];
  /** The feed's error, when status is 'error'. */
  error: Failure | null;
  /** Things worth saying that are not errors: the feed moved, was cut, was partly broken. */
  notes: FeedNote[];
  nextFetchAt: string | null;
}

export interface RefreshOptions {
  /** Called once per feed, as each one finishes. */
  onResult?: (result: FeedRefreshResult) => void;
  /** Once aborted, no new feed is started; the feeds in hand are finished. */
  signal?: AbortSignal;
  /** Commit new readings in groups, as a bulk import does (see commit-groups.ts). */
  groupCommits?: boolean;
}

interface Job {
  feed: Feed;
  response: FeedResponse;
  parsed: ParsedFeed;
  planned: PlannedEntry[];
  pending: number;
  result: FeedRefreshResult;
}

/** Feeds fetched and parsed ahead of the ingest pipeline, at most. */
const FETCH_AHEAD = 12;

const ARTICLE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

function emptyResult(feed: Feed): FeedRefreshResult {
  return {
    feedId: feed.id, url: feed.url, title: feed.title, status: 'unchanged', added: 0, failed: 0, duplicates: 0, rejected: 0,
    unchanged: 0, fullTextFailures: [], problems: [], error: null, notes: [], nextFetchAt: null,
  };
}

/**
 * Refreshes feeds: fetches each (politely: conditional GET, per-host and global
 * limits, back-off), parses it, and sends its new entries through the same ingest
 * pipeline as `add`, all feeds' entries sharing one pipeline. One feed's error
 * never stops the others. A feed's row (validators, schedule, errors) is written
 * only once all its entries are stored, so an interrupted refresh loses nothing:
 * the feed is simply due again.
 */
export async function refreshFeeds(feeds: readonly Feed[], deps: RefreshDeps, options: RefreshOptions = {}): Promise<FeedRefreshResult[]> {
  const agent = createFeedAgent(deps.fetch, deps.resolve);
  const limiter = createHostLimiter(deps.perHost ?? 2, deps.globalConnections ?? 16);
  const results: FeedRefreshResult[] = [];
  const report = (r: FeedRefreshResult): void => {
    results.push(r);
    options.onResult?.(r);
  };
  const ready: Job[] = [];
  const queue = [...feeds];
  let active = 0;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  // A write the library refused (another process held it past the busy
  // timeout) stops the whole refresh: every later write would wait and fail
  // the same way. Feeds not finished keep their old validators, so they are
  // fetched in full next time. The error is thrown once the fetches in hand settle.
  let fatal: { error: unknown } | null = null;
  const stop = (error: unknown): void => {
    fatal ??= { error };
    notify();
  };
  const stopped = (): boolean => (options.signal?.aborted ?? false) || fatal !== null;
  const waitForNews = (): Promise<void> => new Promise<void>((resolve) => { wake = resolve; });
  const pending = (): number => queue.length + active;
  const byLabel = new Map<string, { job: Job; planned: PlannedEntry }>();

  // Feeds are fetched a few ahead of ingestion, not all at once: memory stays flat.
  const pump = (): void => {
    if (stopped()) queue.length = 0;
    while (queue.length > 0 && active + ready.length < FETCH_AHEAD) {
      const feed = queue.shift() as Feed;
      active++;
      limiter
        .run(hostOf(feed.url), () => fetchAndParse(feed.url, deps.fetch, agent, { etag: feed.etag, lastModified: feed.lastModified }, deps.maxEntries))
        .then(
          (fetched) => {
            if (fetched.kind === 'not_modified') {
              report(finishNotModified(feed, fetched.response, deps));
              return;
            }
            const job = startJob(feed, fetched.response, fetched.feed, deps);
            if (job.planned.length === 0) report(finishJob(job, deps));
            else ready.push(job);
          },
          (error: unknown) => report(finishError(feed, error, deps)),
        )
        .catch(stop)
        .finally(() => {
          active--;
          pump();
          notify();
        });
    }
  };
  pump();

  const labels = new Set<string>();
  const uniqueLabel = (job: Job, p: PlannedEntry): string => {
    let label = p.entry.link ?? `${job.feed.url}#${p.keys.guid}`;
    if (labels.has(label)) label = `${label} (feed ${job.feed.id})`;
    for (let n = 2; labels.has(label); n++) label = `${label} #${n}`;
    labels.add(label);
    return label;
  };

  async function* sources(): AsyncGenerator<InputSource> {
    for (;;) {
      const job = stopped() ? undefined : ready.shift();
      if (job) {
        pump();
        for (const p of job.planned) {
          const label = uniqueLabel(job, p);
          byLabel.set(label, { job, planned: p });
          const hints = { title: p.entry.title, published: p.published, category: job.feed.category, url: p.entry.link, ref: null, outletFallback: feedOutlet(job.feed.title, job.feed.siteUrl) };
          yield entrySource(p.entry, p.fetchArticle, p.teaser, hints, label, p.published);
        }
        pump();
        continue;
      }
      if (pending() === 0 || stopped()) return;
      await waitForNews();
    }
  }
  // A stop while waiting for the next feed ends the wait.
  options.signal?.addEventListener('abort', notify, { once: true });

  const onOutcome = (outcome: Outcome): void => {
    const ref = byLabel.get(outcome.label);
    if (!ref) return;
    byLabel.delete(outcome.label);
    try {
      recordOutcome(ref.job, ref.planned, outcome, deps);
      if (--ref.job.pending === 0) report(finishJob(ref.job, deps));
    } catch (error) {
      stop(error);
    }
  };

  try {
    // The ingest pipeline (extraction, NLP) loads only when some feed has new entries:
    // a refresh where every feed answers 304 never pays for it.
    while (ready.length === 0 && pending() > 0 && !stopped()) await waitForNews();
    const { ingestSources } = ready.length > 0 ? await import('../ingest.js') : { ingestSources: null };
    const ingested = ingestSources ? await ingestSources(sources(), {
      storage: deps.storage,
      pool: deps.pool,
      relate: deps.relate,
      now: deps.now,
      loadSource: articleLoader(deps, agent, limiter, byLabel),
    }, { maxBytes: deps.fetch.maxBytes, onOutcome, groupCommits: options.groupCommits ?? false }) : null;
    if (ingested?.stoppedBy) stop(failureError(ingested.stoppedBy, null));
    // Fetches still running when a stop came: let them settle (no new one starts).
    pump();
    while (pending() > 0) await waitForNews();
  } finally {
    await agent.close().catch(() => {});
  }
  // Set by callbacks TypeScript cannot follow.
  const failed = fatal as { error: unknown } | null;
  if (failed) throw asLibraryBusy(failed.error) ?? failed.error;
  return results;
}

/** Loads an entry's input: its article through the limiter, else the feed's content when that fetch fails. */
function articleLoader(deps: RefreshDeps, agent: Dispatcher, limiter: HostLimiter, byLabel: Map<string, { job: Job; planned: PlannedEntry }>) {
  return async (source: Exclude<InputSource, { kind: 'invalid' }>): Promise<RawInput> => {
    if (source.kind === 'inline') return { bytes: new TextEncoder().encode(source.text), contentType: source.contentType, url: null, label: source.label };
    if (source.kind !== 'url') throw new Error(`feed entries are URLs or inline content, not ${source.kind}`);
    const ref = byLabel.get(source.label);
    try {
      const r = await limiter.run(hostOf(source.url), () => fetchFeed(source.url, deps.fetch, agent, { accept: ARTICLE_ACCEPT }));
      return { bytes: r.bytes, contentType: r.contentType, url: r.url, label: source.label };
    } catch (error) {
      const entry = ref?.planned.entry;
      if (!ref || !entry || !(entry.content ?? entry.summary)) throw error;
      ref.planned.fullTextFailure = toFailure(error, source.url);
      return entryRaw(entry, ref.planned.published, source.label, ref.planned.teaser);
    }
  };
}

function startJob(feed: Feed, response: FeedResponse, parsed: ParsedFeed, deps: RefreshDeps): Job {
  const now = clock(deps).toISOString();
  const plan = planEntries(feed, parsed, deps.storage.feeds, now);
  const result = emptyResult(feed);
  result.unchanged = plan.unchanged + plan.republished;
  if (parsed.recovered) result.notes.push({ code: 'malformed_feed', message: parsed.recovered, input: feed.url });
  if (parsed.truncatedEntries > 0) {
    const total = parsed.entries.length + parsed.truncatedEntries;
    result.notes.push({ code: 'too_many_entries', message: `${total} entries; only the newest ${parsed.entries.length} were read`, input: feed.url });
  }
  return { feed, response, parsed, planned: plan.planned, pending: plan.planned.length, result };
}

function recordOutcome(job: Job, p: PlannedEntry, outcome: Outcome, deps: RefreshDeps): void {
  const r = job.result;
  const full = p.fullTextFailure;
  if (full) r.fullTextFailures.push(full);
  const base = {
    fullText: outcome.status === 'rejected' ? null : p.fetchArticle && !full ? ('article' as const) : ('feed' as const),
    fullTextError: full?.message ?? null,
    fullTextErrorCode: full?.code ?? null,
  };
  let readingId: string | null = null;
  const records: EntryRecord[] = [];
  switch (outcome.status) {
    case 'added':
      r.added++;
      readingId = outcome.reading.id;
      records.push(entryRecord(job.feed.id, p, { ...base, readingId, status: 'stored', error: null, errorCode: null }));
      break;
    case 'failed':
      r.failed++;
      r.problems.push(outcome.failure);
      readingId = outcome.reading.id;
      records.push(entryRecord(job.feed.id, p, { ...base, readingId, status: 'stored', error: outcome.failure.message, errorCode: outcome.failure.code }));
      break;
    case 'skipped':
      r.duplicates++;
      readingId = outcome.reading.id;
      records.push(entryRecord(job.feed.id, p, { ...base, readingId, status: 'duplicate', error: null, errorCode: null }));
      break;
    case 'rejected':
      r.rejected++;
      r.problems.push(outcome.failure);
      records.push(entryRecord(job.feed.id, p, { ...base, readingId: null, status: 'rejected', error: outcome.failure.message, errorCode: outcome.failure.code }));
      break;
  }
  for (const alias of p.aliases) {
    records.push(entryRecord(job.feed.id, { ...p, ...alias }, {
      readingId, status: readingId ? 'duplicate' : 'rejected', fullText: null, fullTextError: null, fullTextErrorCode: null,
      error: readingId ? null : 'same entry as another one of this feed, which could not be stored', errorCode: readingId ? null : 'duplicate',
    }));
  }
  // In a transaction, as saveFeed. A feed removed while its entries were on
  // their way (the server's page, another process) records nothing more; a
  // reading already stored stays, as an unsubscribe that keeps readings leaves them.
  deps.storage.transaction(() => {
    if (!deps.storage.feeds.get(job.feed.id)) return;
    for (const record of records) deps.storage.feeds.recordEntry(record);
  });
}

/** The feed's new address after a permanent redirect, unless another subscription has it already. */
function movedUrl(feed: Feed, response: FeedResponse, deps: RefreshDeps, result: FeedRefreshResult): string | undefined {
  const to = response.movedTo;
  if (!to || to === feed.url) return undefined;
  const other = deps.storage.feeds.findByUrl(to);
  if (other && other.id !== feed.id) {
    result.notes.push({ code: 'duplicate', message: `moved permanently to ${to}, which feed ${other.id} already follows`, input: feed.url });
    return undefined;
  }
  result.notes.push({ code: 'feed_moved', message: `moved permanently to ${to}; the feed URL is updated`, input: feed.url });
  result.url = to;
  return to;
}

function successUpdate(feed: Feed, response: FeedResponse, ttlMinutes: number | null, deps: RefreshDeps, result: FeedRefreshResult): FeedUpdate {
  const now = clock(deps);
  const interval = intervalAfterSuccess({ ttlMinutes, maxAgeSeconds: cacheControlMaxAge(response.headers['cache-control']) }, deps.schedule ?? DEFAULT_SCHEDULE);
  result.nextFetchAt = addSeconds(now, interval);
  return {
    url: movedUrl(feed, response, deps, result),
    etag: response.etag,
    lastModified: response.lastModified,
    lastFetchedAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    nextFetchAt: result.nextFetchAt,
    intervalSeconds: interval,
    status: 'active',
    errorCount: 0,
    lastError: null,
    lastErrorCode: null,
  };
}

/** In a transaction: inside a bulk write group, a write outside one ends the group early. */
function saveFeed(deps: RefreshDeps, id: number, update: FeedUpdate): void {
  deps.storage.transaction(() => deps.storage.feeds.update(id, update));
}

function finishNotModified(feed: Feed, response: FeedResponse, deps: RefreshDeps): FeedRefreshResult {
  const result = { ...emptyResult(feed), status: 'not_modified' as const };
  // A 304 says nothing of the feed's <ttl>: keep the interval the last full fetch set.
  const ttl = feed.intervalSeconds ? feed.intervalSeconds / 60 : null;
  const update = successUpdate(feed, response, ttl, deps, result);
  saveFeed(deps, feed.id, update);
  return result;
}

function finishJob(job: Job, deps: RefreshDeps): FeedRefreshResult {
  const { feed, parsed, result } = job;
  result.status = result.added + result.failed > 0 ? 'new' : 'unchanged';
  const title = feed.titleLocked ? feed.title : parsed.title ?? feed.title;
  result.title = title;
  const update = {
    ...successUpdate(feed, job.response, parsed.ttlMinutes, deps, result),
    title,
    siteUrl: parsed.link ?? feed.siteUrl,
    format: [parsed.format, parsed.version].filter(Boolean).join(' '),
  };
  saveFeed(deps, feed.id, update);
  return result;
}

function finishError(feed: Feed, error: unknown, deps: RefreshDeps): FeedRefreshResult {
  const now = clock(deps);
  const failure = toFailure(error, feed.url);
  const result: FeedRefreshResult = { ...emptyResult(feed), status: 'error', error: failure };
  const errorCount = feed.errorCount + 1;
  const gone = failure.code === 'feed_gone';
  const retryAfter = error instanceof HttpStatusError ? retryAfterSeconds(error.retryAfter, now) : null;
  result.nextFetchAt = gone ? null : addSeconds(now, backoffSeconds(errorCount, retryAfter, deps.schedule ?? DEFAULT_SCHEDULE));
  saveFeed(deps, feed.id, {
    lastFetchedAt: now.toISOString(),
    errorCount,
    lastError: failure.message,
    lastErrorCode: failure.code,
    nextFetchAt: result.nextFetchAt,
    ...(gone ? { status: 'disabled' as const } : {}),
  });
  return result;
}
