import { clock, type RefreshDeps } from './deps.js';
import { refreshFeeds, type FeedRefreshResult } from './refresh.js';

export interface WatchOptions {
  signal: AbortSignal;
  onResult?: (result: FeedRefreshResult) => void;
  /** Called before each round with the number of feeds due. */
  onRound?: (due: number) => void;
  /** Longest sleep between looks at the schedule, ms: default 60 000. */
  maxSleepMs?: number;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Refreshes feeds as they fall due, until `signal` aborts; an abort lets the
 * feeds in hand finish (their entries stored, their rows written), then returns.
 */
export async function watchFeeds(deps: RefreshDeps, options: WatchOptions): Promise<void> {
  const { signal } = options;
  while (!signal.aborted) {
    const now = clock(deps);
    const due = deps.storage.feeds.due(now.toISOString());
    if (due.length > 0) {
      options.onRound?.(due.length);
      await refreshFeeds(due, deps, { signal, onResult: options.onResult, groupCommits: true });
      continue;
    }
    const next = deps.storage.feeds
      .list()
      .filter((f) => f.status === 'active' && f.nextFetchAt)
      .map((f) => Date.parse(f.nextFetchAt as string))
      .reduce((a, b) => Math.min(a, b), Infinity);
    const wait = Math.min(options.maxSleepMs ?? 60_000, Math.max(250, next - now.getTime()));
    await sleep(wait, signal);
  }
}
