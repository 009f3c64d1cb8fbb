import type { StoryDetails } from '../relate/types.js';

type Outlets = Pick<StoryDetails, 'outlets' | 'unknownOutlets'>;

/**
 * How many outlets a story's readings come from, counted as its summary and
 * its comparison count them ("reported by 2 of 5 outlets"): the known outlets,
 * and each reading whose outlet is unknown as one.
 */
export const outletCount = (story: Outlets): number => story.outlets.length + story.unknownOutlets;

/** "NHK World, Press TV, 1 unknown"; "no outlet" when there is none. */
export function outletNames(story: Outlets): string {
  const names = story.unknownOutlets > 0 ? [...story.outlets, `${story.unknownOutlets} unknown`] : story.outlets;
  return names.length > 0 ? names.join(', ') : 'no outlet';
}
