import type { RecentRegroup } from '../service/feeds/regroup-recent.js';
import { errorLine } from '../store/busy.js';
import type { CliContext } from './context.js';
import { progressOnReport } from './progress.js';

/**
 * After readings came in one by one (`add` of a few inputs, `feeds refresh`
 * run from cron), the last week's stories (and those of older readings added
 * one at a time) are regrouped as a whole, as `watch` and the server do, on
 * the schedule they share (kept in the library): a CLI-only library gets the
 * grouping a batch would give too.
 * `what` names the command in the message when the regrouping fails.
 */
export async function regroupRecentStories(ctx: CliContext, what: string): Promise<void> {
  const { regroupRecent } = await import('../service/feeds/regroup-recent.js');
  const progress = progressOnReport('Regrouping recent stories');
  try {
    const result = await regroupRecent({ storage: ctx.storage(), relate: ctx.config.relate }, new Date(), ctx.config.regroupEveryMinutes * 60_000, { grouping: progress.report });
    if (result) reportRegrouped(result);
  } catch (error) {
    // The readings are stored and in their stories: the command did its job.
    process.stderr.write(`readings: regrouping recent stories failed, tried again at the next ${what} after the hour: ${errorLine(error)}\n`);
  } finally {
    progress.stop();
  }
}

export function reportRegrouped(r: RecentRegroup): void {
  if (r.changed > 0) process.stderr.write(`readings: stories since ${r.since} regrouped as a whole: ${r.changed} of ${r.readings} readings changed story\n`);
}
