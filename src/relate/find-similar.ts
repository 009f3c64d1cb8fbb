/**
 * `findSimilar`: the readings of the index that best cover the same event as
 * `features`, scored. Candidates come from the index's postings (never a
 * scan); each is then scored with `pairScore` under the library's IDF.
 */
import { windowOption } from './day.js';
import { linkScore } from './link.js';
import { pairScore } from './similarity.js';
import type { Features, RelateIndex } from './types.js';
import { statKeys, weigh } from './weights.js';

export interface ScoredCandidate {
  id: string;
  /** Similarity in [0, 1] (what `similar` shows and ranks by). */
  score: number;
  storyId: string | null;
  /** The length-normalized score story grouping compares with its threshold (link.ts); `score` when absent. */
  link?: number;
}

export interface FindSimilarOptions {
  /** Candidates fetched from the index before scoring. */
  candidateLimit?: number;
  /** Days either side of the published day; readings further away are not candidates. */
  windowDays?: number;
  halfLifeDays?: number;
  /** Ids never returned (the reading itself). */
  exclude?: ReadonlySet<string>;
}

export const DEFAULT_CANDIDATE_LIMIT = 60;
export const DEFAULT_WINDOW_DAYS = 7;

export function findSimilar(features: Features, index: RelateIndex, options: FindSimilarOptions = {}): ScoredCandidate[] {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const ids = index
    .candidates(features, {
      limit: options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT,
      ...windowOption(features.day, windowDays),
    })
    .filter((id) => !options.exclude?.has(id));
  const found = index.features(ids);
  const stats = index.statsFor([statKeys(features), ...[...found.values()].map(statKeys)]);
  const query = weigh(features, stats);
  const scored: ScoredCandidate[] = [];
  for (const [id, f] of found) {
    const score = pairScore(features, query, f, weigh(f, stats), { halfLifeDays: options.halfLifeDays });
    if (score > 0) scored.push({ id, score, storyId: null, link: linkScore(score, features.words, f.words) });
  }
  const stories = index.storiesOf(scored.map((c) => c.id));
  for (const c of scored) c.storyId = stories.get(c.id) ?? null;
  return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
