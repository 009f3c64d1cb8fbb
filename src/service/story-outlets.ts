import type { StoryDetails } from '../relate/types.js';
import { UNKNOWN_OUTLET, outletIdentity } from '../domain/outlets.js';

type Outlets = Pick<StoryDetails, 'outlets' | 'unknownOutlets'>;

/** Outlets a story, a claim or a sentence names before "and N more" (a story of hundreds of readings lists hundreds). */
export const NAMED_OUTLETS = 12;

/** Other wordings of a claim (compatible, conflicting) a listing shows before "and N more". */
export const LISTED_MENTIONS = 10;

/**
 * How many outlets a story's readings come from, counted as its summary and
 * its comparison count them ("reported by 2 of 5 outlets"): the known outlets,
 * and each reading whose outlet is unknown as one.
 */
export const outletCount = (story: Outlets): number => story.outlets.length + story.unknownOutlets;

/** Whether any of the story's readings names its outlet (counting unnamed ones as outlets says nothing alone). */
export const knowsOutlets = (story: Outlets): boolean => story.outlets.length > 0;

/**
 * "5 outlets: NHK World, Press TV, SpreadIt News, news2in, 1 unknown" (or
 * "5 outlets" without `names`; past NAMED_OUTLETS names, "…, 156 more");
 * "outlets unknown" when no reading names one. `count` words a number of
 * outlets ("5 outlets").
 */
export function outletsLine(story: Outlets, count: (n: number) => string, names = true): string {
  if (!knowsOutlets(story)) return story.unknownOutlets > 0 ? 'outlets unknown' : 'no outlet';
  if (!names) return count(outletCount(story));
  const more = story.outlets.length - NAMED_OUTLETS;
  const listed = [
    ...story.outlets.slice(0, NAMED_OUTLETS),
    ...(more > 0 ? [`${more} more`] : []),
    ...(story.unknownOutlets > 0 ? [`${story.unknownOutlets} unknown`] : []),
  ];
  return `${count(outletCount(story))}: ${listed.join(', ')}`;
}

/**
 * Each outlet once, with the first reading of it (each reading of unknown
 * outlet is one, named "unknown outlet", as outlets are counted), the first
 * `max` of them and how many more there are.
 */
export function firstOutlets(
  mentions: readonly { id: string; outlet: string | null }[],
  max = NAMED_OUTLETS,
): { named: { name: string; id: string; outlet: string | null }[]; more: number } {
  const seen = new Map<string, { name: string; id: string; outlet: string | null }>();
  for (const m of mentions) {
    const key = outletIdentity(m);
    if (!seen.has(key)) seen.set(key, { name: m.outlet ?? UNKNOWN_OUTLET, id: m.id, outlet: m.outlet });
  }
  return { named: [...seen.values()].slice(0, max), more: Math.max(0, seen.size - max) };
}
