/**
 * The two grouping paths the story benchmarks run over analyzed documents:
 * incremental (one add at a time through the in-memory RelateIndex) and
 * batch (groupStories).
 */
import { performance } from 'node:perf_hooks';
import { assignStory, DEFAULT_ASSIGN, type AssignOptions } from '../src/relate/assign-story.js';
import { crowdScaled } from '../src/relate/crowded-subjects.js';
import { findSimilar, type FindSimilarOptions } from '../src/relate/find-similar.js';
import { InMemoryRelateIndex } from '../src/relate/memory-index.js';
import { groupStories, type GroupOptions } from '../src/relate/group-stories.js';
import type { Features } from '../src/relate/types.js';

export interface AnalyzedDoc {
  id: string;
  features: Features;
}

export interface IncrementalResult {
  labels: Map<string, string>;
  totalMs: number;
  /** Mean time per add over the adds before each checkpoint's n (since the previous one). */
  checkpoints: { n: number; usPerAdd: number }[];
}

const CHECKPOINTS = [1000, 5000, 10000, 20000, 35000];

export interface IncrementalOptions {
  assign?: AssignOptions;
  similar?: FindSimilarOptions;
  onAdd?: () => void;
  /**
   * As the library does (src/service/feeds/regroup-recent.ts): once the
   * documents added since the last regrouping reach this share of the
   * documents then, all so far are regrouped as a whole (groupStories with
   * `group`, keeping story ids), and adding goes on against those stories.
   */
  regroupShare?: number;
  group?: GroupOptions;
  /** As the library does: an undated reading in a crowded subject scaled (crowded-subjects.ts); false turns it off. */
  crowd?: boolean;
}

export function groupIncrementally(docs: readonly AnalyzedDoc[], options: IncrementalOptions = {}): IncrementalResult & { regroups: number } {
  const index = new InMemoryRelateIndex();
  const sizes = new Map<string, number>();
  const labels = new Map<string, string>();
  const checkpoints: IncrementalResult['checkpoints'] = [];
  const t0 = performance.now();
  let last = t0;
  let lastN = 0;
  let regroupedAt = 0;
  let regroups = 0;
  docs.forEach((d, i) => {
    const scored = findSimilar(d.features, index, options.similar);
    const a = assignStory(options.crowd === false ? scored : crowdScaled(scored, d.features), (s) => sizes.get(s) ?? 0, options.assign ?? DEFAULT_ASSIGN);
    const storyId = a.storyId === 'new' ? `s:${d.id}` : a.storyId;
    index.add(d.id, d.features);
    index.setStory(d.id, storyId);
    sizes.set(storyId, (sizes.get(storyId) ?? 0) + 1);
    labels.set(d.id, storyId);
    options.onAdd?.();
    const n = i + 1;
    if (options.regroupShare !== undefined && n - regroupedAt >= options.regroupShare * regroupedAt) {
      sizes.clear();
      for (const story of groupStories(docs.slice(0, n), { ...options.group, previous: new Map(labels) })) {
        for (const id of story.members) {
          labels.set(id, story.id);
          index.setStory(id, story.id);
        }
        sizes.set(story.id, story.members.length);
      }
      regroupedAt = n;
      regroups++;
    }
    if (CHECKPOINTS.includes(n) || n === docs.length) {
      const now = performance.now();
      checkpoints.push({ n, usPerAdd: ((now - last) / (n - lastN)) * 1000 });
      last = now;
      lastN = n;
    }
  });
  return { labels, totalMs: performance.now() - t0, checkpoints, regroups };
}

export function groupBatch(docs: readonly AnalyzedDoc[], options: GroupOptions = {}): Map<string, string> {
  const labels = new Map<string, string>();
  for (const story of groupStories(docs, options)) for (const id of story.members) labels.set(id, story.id);
  return labels;
}
