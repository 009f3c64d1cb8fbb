import { clock, type RefreshDeps } from './deps.js';
import { refreshFeeds, type FeedRefreshResult } from './refresh.js';
import { regroupRecent, REGROUP_RECENT_EVERY_MS, type RecentRegroup } from './regroup-recent.js';

export interface WatchOptions {
  signal: AbortSignal;
  onResult?: (result: FeedRefreshResult) => void;
  /** Called before each round with the number of feeds due. */
  onRound?: (due: number) => void;
  /** Longest sleep between looks at the schedule, ms: default 60 000. */
  maxSleepMs?: number;
  /** Ends a sleep early (a feed was added, or asked to refresh). */
  wakeup?: Wakeup;
  /**
   * Commit new readings in groups (default true): faster, but each group holds
   * the library's write lock for up to 2 s, which a server's other writers wait for.
   */
  groupCommits?: boolean;
  /** A library's refresh failed as a whole (its database, not a feed): reported, and the others go on. */
  onLibraryError?: (error: unknown, library: RefreshDeps) => void;
  /** Readings an interrupted import had left in no story were grouped. */
  onLeftovers?: (grouped: number, library: RefreshDeps) => void;
  /** Least time between two regroupings of a library's recent stories, ms (`regroupEveryMinutes`): default an hour; 0 never regroups. */
  consolidateEveryMs?: number;
  /** A library's recent stories were regrouped (`since` is the first day regrouped). */
  onConsolidated?: (result: RecentRegroup, library: RefreshDeps) => void;
}

/**
 * Readings a bulk import stored but could not group (stopped for good while
 * grouping) join their stories in the background once they are this old: an
 * import still under way groups its own.
 */
const LEFTOVER_AGE_MS = 10 * 60_000;

/** Groups a library's leftovers, looking at most once per LEFTOVER_AGE_MS. */
async function groupLeftovers(deps: RefreshDeps, now: Date, lastLook: WeakMap<object, number>): Promise<number> {
  const last = lastLook.get(deps.storage);
  if (last !== undefined && now.getTime() - last < LEFTOVER_AGE_MS) return 0;
  lastLook.set(deps.storage, now.getTime());
  const storedBefore = new Date(now.getTime() - LEFTOVER_AGE_MS).toISOString();
  if (deps.storage.relate.countUngrouped(storedBefore) === 0) return 0;
  const [{ groupUngrouped }, { DEFAULT_RELATE }] = await Promise.all([import('../group-batch.js'), import('../relate-reading.js')]);
  return groupUngrouped(deps.storage, deps.relate ?? DEFAULT_RELATE, { storedBefore, now }).readings;
}

/** Wakes a sleeping watch loop; a wake while it is refreshing makes it look again right after. */
export class Wakeup {
  private waiter: (() => void) | null = null;
  private pending = false;

  wake(): void {
    if (this.waiter) this.waiter();
    else this.pending = true;
  }

  sleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted || this.pending) {
        this.pending = false;
        return resolve();
      }
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiter = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiter = done;
      signal.addEventListener('abort', done, { once: true });
    });
  }
}

/**
 * Refreshes feeds as they fall due, until `signal` aborts; an abort lets the
 * feeds in hand finish (their entries stored, their rows written), then returns.
 */
export function watchFeeds(deps: RefreshDeps, options: WatchOptions): Promise<void> {
  return watchLibraries(() => [deps], options);
}

/**
 * As {@link watchFeeds}, over several libraries (a server's users'), asked for
 * afresh at every look at the schedule so that new libraries are picked up.
 */
export async function watchLibraries(libraries: () => readonly RefreshDeps[], options: WatchOptions): Promise<void> {
  const { signal } = options;
  const wakeup = options.wakeup ?? new Wakeup();
  const leftoversLook = new WeakMap<object, number>();
  while (!signal.aborted) {
    const open = libraries();
    let refreshed = false;
    let next = Infinity;
    for (const deps of open) {
      if (signal.aborted) break;
      try {
        const now = clock(deps);
        const leftovers = await groupLeftovers(deps, now, leftoversLook);
        if (leftovers > 0) options.onLeftovers?.(leftovers, deps);
        const consolidated = await regroupRecent(deps, now, options.consolidateEveryMs ?? REGROUP_RECENT_EVERY_MS);
        if (consolidated) options.onConsolidated?.(consolidated, deps);
        const due = deps.storage.feeds.due(now.toISOString());
        if (due.length > 0) {
          options.onRound?.(due.length);
          await refreshFeeds(due, deps, { signal, onResult: options.onResult, groupCommits: options.groupCommits ?? true });
          refreshed = true;
          continue;
        }
        const soonest = deps.storage.feeds
          .list()
          .filter((f) => f.status === 'active' && f.nextFetchAt)
          .map((f) => Date.parse(f.nextFetchAt as string) - now.getTime())
          .reduce((a, b) => Math.min(a, b), Infinity);
        next = Math.min(next, soonest);
      } catch (error) {
        options.onLibraryError?.(error, deps);
      }
    }
    if (refreshed) continue;
    await wakeup.sleep(Math.min(options.maxSleepMs ?? 60_000, Math.max(250, next)), signal);
  }
}
