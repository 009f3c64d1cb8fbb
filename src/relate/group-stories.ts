/**
 * `groupStories`: the full regroup. Every reading's candidates are scored
 * under the whole library's IDF, giving a sparse similarity graph; must-link
 * units (manual merges) are its nodes, and average-link clustering cuts it
 * at the same threshold the incremental path uses. The result depends only
 * on the set of readings and the corrections, not on their order.
 */
import { averageLinkGraph } from './average-link.js';
import { buildConstraints, type Correction } from './constraints.js';
import { windowAround } from './day.js';
import { DEFAULT_CANDIDATE_LIMIT, DEFAULT_WINDOW_DAYS } from './find-similar.js';
import { InMemoryRelateIndex } from './memory-index.js';
import { pairScore } from './similarity.js';
import { DEFAULT_THRESHOLD } from './assign-story.js';
import type { Features } from './types.js';
import { weigh, type WeightedDoc } from './weights.js';

export interface GroupDoc {
  id: string;
  features: Features;
}

export interface GroupOptions {
  threshold?: number;
  windowDays?: number;
  halfLifeDays?: number;
  candidateLimit?: number;
  corrections?: readonly Correction[];
  /** The current grouping (reading id -> story id): a story keeps its id when most of it stays together. */
  previous?: ReadonlyMap<string, string>;
  /** Id of a story that has no previous id; default `story:<smallest member id>`. */
  newStoryId?: (memberIds: readonly string[]) => string;
  onProgress?: (done: number, total: number) => void;
}

export interface StoryGroup {
  id: string;
  /** Reading ids, sorted. */
  members: string[];
}

export function groupStories(input: readonly GroupDoc[], options: GroupOptions = {}): StoryGroup[] {
  const docs = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new InMemoryRelateIndex();
  for (const d of docs) index.add(d.id, d.features);
  const stats = index.stats();
  const weighted = new Map<string, WeightedDoc>(docs.map((d) => [d.id, weigh(d.features, stats)]));

  const constraints = buildConstraints(options.corrections ?? []);
  const unitIndex = new Map<string, number>();
  const unitOfDoc: number[] = [];
  const unitWeights: number[] = [];
  for (const d of docs) {
    const unit = constraints.unitOf(d.id);
    let u = unitIndex.get(unit);
    if (u === undefined) {
      u = unitWeights.length;
      unitIndex.set(unit, u);
      unitWeights.push(0);
    }
    unitOfDoc.push(u);
    unitWeights[u]!++;
  }
  const position = new Map(docs.map((d, i) => [d.id, i]));
  const edges = new Map<string, [number, number, number]>();
  docs.forEach((d, i) => {
    const window = d.features.day ? windowAround(d.features.day, options.windowDays ?? DEFAULT_WINDOW_DAYS) : undefined;
    const ids = index.candidates(d.features, { limit: options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT, ...(window ? { window } : {}) });
    for (const id of ids) {
      const j = position.get(id)!;
      const [a, b] = [unitOfDoc[i]!, unitOfDoc[j]!];
      if (a === b) continue;
      const key = i < j ? `${i},${j}` : `${j},${i}`;
      if (edges.has(key)) continue;
      const s = pairScore(d.features, weighted.get(d.id)!, docs[j]!.features, weighted.get(id)!, { halfLifeDays: options.halfLifeDays });
      if (s > 0) edges.set(key, a < b ? [a, b, s] : [b, a, s]);
    }
    options.onProgress?.(i + 1, docs.length);
  });
  const cannot: [number, number][] = [];
  const constrained = [...constraints.constrainedUnits].filter((u) => unitIndex.has(u)).sort();
  for (let x = 0; x < constrained.length; x++) {
    for (let y = x + 1; y < constrained.length; y++) {
      if (constraints.cannotLink(constrained[x]!, constrained[y]!)) cannot.push([unitIndex.get(constrained[x]!)!, unitIndex.get(constrained[y]!)!]);
    }
  }
  const clusters = averageLinkGraph({ size: unitWeights.length, edges: [...edges.values()], weights: unitWeights }, options.threshold ?? DEFAULT_THRESHOLD, cannot);
  const membersOfUnit: string[][] = unitWeights.map(() => []);
  docs.forEach((d, i) => membersOfUnit[unitOfDoc[i]!]!.push(d.id));
  const groups = clusters.map((units) => units.flatMap((u) => membersOfUnit[u]!).sort());
  return nameStories(groups, options);
}

/** Story ids: the previous id with the largest overlap (each used once, biggest groups first), else a new one. */
function nameStories(groups: string[][], options: GroupOptions): StoryGroup[] {
  const newId = options.newStoryId ?? ((m: readonly string[]) => `story:${m[0]}`);
  const ordered = [...groups].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const used = new Set<string>();
  return ordered.map((members) => {
    let best: string | null = null;
    if (options.previous) {
      const overlap = new Map<string, number>();
      for (const id of members) {
        const old = options.previous.get(id);
        if (old !== undefined && !used.has(old)) overlap.set(old, (overlap.get(old) ?? 0) + 1);
      }
      let bestCount = 0;
      for (const [old, count] of overlap) {
        if (count > bestCount || (count === bestCount && best !== null && old < best)) {
          best = old;
          bestCount = count;
        }
      }
    }
    const id = best ?? newId(members);
    used.add(id);
    return { id, members };
  });
}
