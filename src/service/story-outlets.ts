import type { StoryDetails } from '../relate/types.js';

type Outlets = Pick<StoryDetails, 'outlets' | 'unknownOutlets'>;

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
 * "5 outlets" without `names`); "outlets unknown" when no reading names one.
 * `count` words a number of outlets ("5 outlets").
 */
export function outletsLine(story: Outlets, count: (n: number) => string, names = true): string {
  if (!knowsOutlets(story)) return story.unknownOutlets > 0 ? 'outlets unknown' : 'no outlet';
  if (!names) return count(outletCount(story));
  const listed = story.unknownOutlets > 0 ? [...story.outlets, `${story.unknownOutlets} unknown`] : story.outlets;
  return `${count(outletCount(story))}: ${listed.join(', ')}`;
}
