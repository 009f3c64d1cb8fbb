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

export type RecentRegroup = RegroupResult & { since: string };

/**
 * Feed entries join stories one at a time, as they come, each against the
 * stories so far; grouping readings as a batch sees them all at once and
 * groups better (and the same whatever order they came in). So, at most once
 * per `everyMs` and only when the library's size changed since the last time,
 * the stories of the last `windowDays` are regrouped as a whole, as
 * `regroup --since` does: a stream of entries ends grouped as a bulk import of
 * the same readings would be, and older stories are left as they are, as are
 * readings in no story yet (an import under way groups its own).
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
    if (previous && now.getTime() - Date.parse(previous.at) < everyMs) return false;
    const readings = storage.readings.count({});
    if (readings === 0 || previous?.readings === readings) return false;
    storage.relate.recordBackgroundRegroup({ at: now.toISOString(), readings });
    return true;
  });
  if (!due) return null;
  const [{ regroup }, { DEFAULT_RELATE }] = await Promise.all([import('../stories.js'), import('../relate-reading.js')]);
  const settings = deps.relate ?? DEFAULT_RELATE;
  const since = addDays(now.toISOString().slice(0, 10), -settings.windowDays);
  const recent = storage.readings.count({ since });
  if (recent === 0 || recent > REGROUP_RECENT_MAX_READINGS) return null;
  // Nothing is analysed (stories only): the language model is not loaded for it.
  const result = regroup(storage, settings, null, { since, now, storiesOnly: true, ...progress });
  return { ...result, since };
}
