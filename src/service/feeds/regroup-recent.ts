import { addDays } from '../../relate/day.js';
import type { RegroupOptions, RegroupResult } from '../stories.js';
import type { RefreshDeps } from './deps.js';

/** Default least time between two background regroupings (`regroupEveryMinutes`). */
export const REGROUP_RECENT_EVERY_MS = 60 * 60_000;
/**
 * Above this many readings in the window the background regrouping is not
 * done: it would hold ~1 GB for a while in the server's process, and a week
 * that large came in as bulk imports, which group as a batch already.
 */
const REGROUP_RECENT_MAX_READINGS = 25_000;
/**
 * Beyond the window, back to the earliest reading joined one at a time, only
 * when the readings from there are at most this many: a feed first subscribed
 * to brings a year of a blog's entries, and regrouping a year of a large
 * library every hour for them is not worth it (its week is regrouped).
 */
const REGROUP_REACH_BACK_MAX_READINGS = 5_000;

export type RecentRegroup = RegroupResult & { since: string };

/**
 * Readings joined one at a time since the last regrouping, as a share of the
 * library then, that have it regrouped before the hour is up: a library built
 * one `add` at a time ends grouped as one bulk import of the same readings
 * would be (ECB+ added one by one in a scratch harness: 0.81-0.83 B³ without
 * it, 0.89-0.91 with it, the batch 0.91), at the cost of about four
 * regroupings each time the library doubles.
 */
export const REGROUP_GROWTH_SHARE = 0.25;

/**
 * Feed entries and readings added one by one join stories one at a time,
 * each against the stories so far; grouping readings as a batch sees them all
 * at once and groups better (and the same whatever order they came in). So,
 * at most once per `everyMs` when the library's size changed since the last
 * time, or sooner when the readings joined one at a time since then reach
 * REGROUP_GROWTH_SHARE of the library, the stories of the last `windowDays`
 * (reaching back to the earliest day of those readings) are regrouped as a
 * whole, as `regroup --since` does: a stream of entries ends grouped as a
 * bulk import of the same readings would be, and older stories are left as
 * they are, as are readings in no story yet (an import under way groups its
 * own).
 *
 * The last time is kept in the library, so that `watch`, the server and
 * `feeds refresh` run from cron share one schedule; it is taken before the
 * regrouping, so that one that fails (the library busy) waits its period too.
 */
export async function regroupRecent(deps: Pick<RefreshDeps, 'storage' | 'relate'>, now: Date, everyMs = REGROUP_RECENT_EVERY_MS, progress?: Pick<RegroupOptions, 'grouping'>): Promise<RecentRegroup | null> {
  if (everyMs <= 0) return null;
  const { storage } = deps;
  const due = storage.transaction(() => {
    const previous = storage.relate.lastBackgroundRegroup();
    const joins = storage.relate.oneAtATimeJoins();
    const readings = storage.readings.count({});
    const hourly = (!previous || now.getTime() - Date.parse(previous.at) >= everyMs) && previous?.readings !== readings;
    const grown = previous !== null && joins.readings > 0 && joins.readings >= REGROUP_GROWTH_SHARE * previous.readings;
    if (readings === 0 || !(hourly || grown)) return null;
    storage.relate.recordBackgroundRegroup({ at: now.toISOString(), readings });
    storage.relate.clearOneAtATimeJoins();
    return joins;
  });
  if (!due) return null;
  const [{ regroup }, { DEFAULT_RELATE }] = await Promise.all([import('../stories.js'), import('../relate-reading.js')]);
  const settings = deps.relate ?? DEFAULT_RELATE;
  const since = recentScope(storage, addDays(now.toISOString().slice(0, 10), -settings.windowDays), due.earliestDay);
  if (since === null) return null;
  // Nothing is analysed (stories only): the language model is not loaded for it.
  const result = regroup(storage, settings, null, { since, now, storiesOnly: true, ...progress });
  return { ...result, since };
}

/**
 * The first day regrouped: the window's, or the earliest day of the readings
 * joined one at a time when it is older and the readings from it are not too
 * many; null when there is nothing (or too much) to regroup.
 */
function recentScope(storage: RefreshDeps['storage'], windowStart: string, earliestJoin: string | null): string | null {
  const fits = (day: string, most: number): boolean => {
    const readings = storage.readings.count({ since: day });
    return readings > 0 && readings <= most;
  };
  if (earliestJoin !== null && earliestJoin < windowStart && fits(earliestJoin, REGROUP_REACH_BACK_MAX_READINGS)) return earliestJoin;
  return fits(windowStart, REGROUP_RECENT_MAX_READINGS) ? windowStart : null;
}
