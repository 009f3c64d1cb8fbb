import { addDays } from '../../relate/day.js';
import type { RegroupResult } from '../stories.js';
import { clock, type RefreshDeps } from './deps.js';
import { refreshFeeds, type FeedRefreshResult } from './refresh.js';

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
  onConsolidated?: (result: RegroupResult & { since: string }, library: RefreshDeps) => void;
}

/** See {@link consolidate}. */
const CONSOLIDATE_EVERY_MS = 60 * 60_000;
/**
 * Above this many readings in the window the background regrouping is not
 * done: it would hold ~1 GB for a while in the server's process, and a week
 * that large came in as bulk imports, which group as a batch already.
 */
const CONSOLIDATE_MAX_READINGS = 25_000;

/** When a library's recent stories were last regrouped, and how many readings it had then. */
interface Consolidation {
  at: number;
  readings: number;
}

/**
 * Feed entries join stories one at a time, as they come, each against the
 * stories so far; grouping readings as a batch sees them all at once and
 * groups better (and the same whatever order they came in). So, at most once
 * per `everyMs` and only when readings were added since the last time, the
 * stories of the last `windowDays` are regrouped as a whole, as
 * `regroup --since` does: a stream of entries ends grouped as a bulk import of
 * the same readings would be, and older stories are left as they are, as are
 * readings in no story yet (an import under way groups its own). The first
 * look regroups at once (a watch started after a day of `add`s).
 */
async function consolidate(deps: RefreshDeps, now: Date, everyMs: number, last: WeakMap<object, Consolidation>): Promise<(RegroupResult & { since: string }) | null> {
  if (everyMs <= 0) return null;
  const previous = last.get(deps.storage);
  if (previous && now.getTime() - previous.at < everyMs) return null;
  const readings = deps.storage.readings.count({});
  if (readings === 0 || previous?.readings === readings) return null;
  const [{ regroup }, { DEFAULT_RELATE }] = await Promise.all([import('../stories.js'), import('../relate-reading.js')]);
  const settings = deps.relate ?? DEFAULT_RELATE;
  const since = addDays(now.toISOString().slice(0, 10), -settings.windowDays);
  last.set(deps.storage, { at: now.getTime(), readings });
  const recent = deps.storage.readings.count({ since });
  if (recent === 0 || recent > CONSOLIDATE_MAX_READINGS) return null;
  // Nothing is analysed (stories only): the language model is not loaded for it.
  const result = regroup(deps.storage, settings, null, { since, now, storiesOnly: true });
  return { ...result, since };
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
  const consolidations = new WeakMap<object, Consolidation>();
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
        const consolidated = await consolidate(deps, now, options.consolidateEveryMs ?? CONSOLIDATE_EVERY_MS, consolidations);
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
