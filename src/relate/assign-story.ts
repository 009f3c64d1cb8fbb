/**
 * `assignStory`: the story a new reading joins, from its scored candidates,
 * at once (incremental). A story's affinity is the average link of the
 * reading to the story: the sum of its similarities to the story's members
 * over the story's size (members that are not candidates count 0). It is the
 * criterion `groupStories` merges by, with the same threshold, so that adding
 * one by one and regrouping agree.
 */
import type { ScoredCandidate } from './find-similar.js';

export interface AssignOptions {
  /** Minimal affinity to join a story. */
  threshold: number;
  /**
   * Largest story size the sum is divided by (default: no cap, the plain
   * average link). A cap lets a large story be joined through its closest
   * members, since candidates hold only a bounded number of them.
   * Default DEFAULT_LINK_CAP; `Infinity` for the plain average link.
   */
  linkCap?: number;
  /** Stories the reading may not join (cannot-link corrections). */
  excluded?: (storyId: string) => boolean;
}

/**
 * Least average link score (link.ts: similarity over the pair's length scale) to join a story.
 * 0.25 since the IDF prior (weights.ts) and the full-text grace period
 * (time-decay.ts) lifted the seeds' weakest links (every insertion order of
 * the five seeds forms one story up to 0.32). Measured best cuts (batch):
 * ECB+ 0.25, UCI 0.2, NEUS 0.35; 0.3 costs ECB+ 0.03 and gives NEUS 0.04.
 */
export const DEFAULT_THRESHOLD = 0.25;
/**
 * Default cap on the size the link sum is divided by. `findSimilar` returns
 * at most its candidate limit of a story's members, so dividing by the full
 * size of a story of hundreds would make it unjoinable one reading at a time.
 */
export const DEFAULT_LINK_CAP = 30;
export const DEFAULT_ASSIGN: AssignOptions = { threshold: DEFAULT_THRESHOLD };

export type Assignment = { storyId: string; affinity: number } | { storyId: 'new'; affinity: number };

export function storyAffinities(scored: readonly ScoredCandidate[], storySize: (storyId: string) => number, linkCap = Infinity): Map<string, number> {
  const sums = new Map<string, number>();
  for (const c of scored) if (c.storyId !== null) sums.set(c.storyId, (sums.get(c.storyId) ?? 0) + (c.link ?? c.score));
  const out = new Map<string, number>();
  for (const [storyId, sum] of sums) out.set(storyId, sum / Math.max(1, Math.min(linkCap, storySize(storyId))));
  return out;
}

export function assignStory(scored: readonly ScoredCandidate[], storySize: (storyId: string) => number, options: AssignOptions = DEFAULT_ASSIGN): Assignment {
  let best: { storyId: string; affinity: number } | null = null;
  for (const [storyId, affinity] of storyAffinities(scored, storySize, options.linkCap ?? DEFAULT_LINK_CAP)) {
    if (options.excluded?.(storyId)) continue;
    if (!best || affinity > best.affinity || (affinity === best.affinity && storyId < best.storyId)) best = { storyId, affinity };
  }
  if (best && best.affinity >= options.threshold) return best;
  return { storyId: 'new', affinity: best?.affinity ?? 0 };
}
