/**
 * Headline stories told in fragments, joined by their centroids. Average
 * link joins two groups when their readings are close pair by pair; two
 * headlines of ~9 words share two or three words at best, so the fragments
 * of one day's big story (the iPhone's price in one, its colours in another)
 * stay apart though their vocabularies, taken together, are the same. After
 * the average-link clustering, groups of headlines of the same day whose
 * centroids (the sum of their readings' weighted vectors) are close merge,
 * closest first.
 *
 * Two fragments must share more than one word: their closeness is the
 * centroids' cosine without the word that adds most to it. Headlines of one
 * day's big story share its name with every other story about the same
 * company or country ("Twitter": Turkey's ban of it, its eighth birthday);
 * the fragments of one story share what happened too.
 *
 * Only short texts, and only a known same day: full texts are not sparse
 * (average link sees them whole), and two events of one topic on one day
 * (two earthquakes, two games) share a topic's vocabulary that centroids
 * would join. Measured on UCI's headlines (`docs/findings/story-grouping.md`).
 */
import { HEADLINE_WORDS } from './link.js';
import { weigh, wordOfKey, type WeightedDoc } from './weights.js';
import type { Features, RelateStats } from './types.js';

/** Least centroid cosine, without the word adding most to it, at which two fragments merge. */
export const CENTROID_CUT = 0.11;
/** Fragments smaller than this are left to average link (a pair of headlines is no centroid). */
export const MIN_FRAGMENT = 3;

export interface FragmentGroup {
  members: readonly string[];
  /** The group holds a settled story (a bulk import's library story): two such never merge. */
  anchored: boolean;
}

export interface CentroidMergeOptions {
  features: (id: string) => Features;
  stats: RelateStats;
  /** Whether corrections by hand keep two groups apart. */
  keptApart: (a: readonly string[], b: readonly string[]) => boolean;
  cut?: number;
}

interface Fragment {
  members: string[];
  anchored: boolean;
  centroid: WeightedDoc;
}

/** The groups, with same-day headline fragments merged; each result lists the indexes of the groups it joins. */
export function mergeFragments(groups: readonly FragmentGroup[], options: CentroidMergeOptions): number[][] {
  const cut = options.cut ?? CENTROID_CUT;
  const out: number[][] = [];
  const byDay = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const day = fragmentDay(g.members, options.features);
    if (day === null) out.push([i]);
    else byDay.set(day, [...(byDay.get(day) ?? []), i]);
  });
  for (const indexes of [...byDay.values()]) {
    let live = indexes.map((i) => ({ from: [i], fragment: fragmentOf(groups[i]!, options) }));
    for (;;) {
      let best: { a: number; b: number; score: number } | null = null;
      for (let a = 0; a < live.length; a++) {
        for (let b = a + 1; b < live.length; b++) {
          const x = live[a]!.fragment;
          const y = live[b]!.fragment;
          if (x.anchored && y.anchored) continue;
          const score = cosineBeyondTopKey(x.centroid, y.centroid);
          if (score >= cut && (!best || score > best.score) && !options.keptApart(x.members, y.members)) best = { a, b, score };
        }
      }
      if (!best) break;
      const x = live[best.a]!;
      const y = live[best.b]!;
      const merged = { from: [...x.from, ...y.from], fragment: join(x.fragment, y.fragment) };
      live = [...live.filter((_, k) => k !== best!.a && k !== best!.b), merged];
    }
    for (const l of live) out.push(l.from.sort((p, q) => p - q));
  }
  return out.sort((p, q) => p[0]! - q[0]!);
}

/** The day most of a headline group's readings were published, or null when it is no headline fragment. */
function fragmentDay(members: readonly string[], features: (id: string) => Features): string | null {
  if (members.length < MIN_FRAGMENT) return null;
  const days = new Map<string, number>();
  let words = 0;
  for (const id of members) {
    const f = features(id);
    words += f.words;
    if (f.day) days.set(f.day, (days.get(f.day) ?? 0) + 1);
  }
  if (words / members.length > HEADLINE_WORDS) return null;
  let best: string | null = null;
  let most = 0;
  for (const [day, n] of [...days].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
    if (n > most) {
      best = day;
      most = n;
    }
  }
  return best;
}

function fragmentOf(group: FragmentGroup, options: CentroidMergeOptions): Fragment {
  const weights = new Map<string, number>();
  for (const id of group.members) {
    const doc = weigh(options.features(id), options.stats);
    if (doc.norm === 0) continue;
    for (const [key, w] of doc.weights) weights.set(key, (weights.get(key) ?? 0) + w / doc.norm);
  }
  return { members: [...group.members], anchored: group.anchored, centroid: withNorm(weights) };
}

function join(a: Fragment, b: Fragment): Fragment {
  const weights = new Map(a.centroid.weights);
  for (const [key, w] of b.centroid.weights) weights.set(key, (weights.get(key) ?? 0) + w);
  return { members: [...a.members, ...b.members], anchored: a.anchored || b.anchored, centroid: withNorm(weights) };
}

function withNorm(weights: Map<string, number>): WeightedDoc {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return { weights, norm: Math.sqrt(sum) };
}

/**
 * The cosine of two vectors without the word whose products add most to
 * their dot product (taken out of both norms too): what they share beyond
 * their one strongest common word. A name is one word with its lemma
 * ("e:twitter" and "twitter").
 */
export function cosineBeyondTopKey(a: WeightedDoc, b: WeightedDoc): number {
  const byWord = new Map<string, { product: number; keys: string[] }>();
  let dot = 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [key, w] of small.weights) {
    const v = large.weights.get(key);
    if (v === undefined) continue;
    dot += w * v;
    const word = wordOfKey(key);
    const entry = byWord.get(word) ?? { product: 0, keys: [] };
    entry.product += w * v;
    entry.keys.push(key);
    byWord.set(word, entry);
  }
  let top: { word: string; product: number; keys: string[] } | null = null;
  for (const [word, entry] of byWord) {
    if (!top || entry.product > top.product || (entry.product === top.product && word < top.word)) top = { word, ...entry };
  }
  if (!top) return 0;
  let normA = a.norm * a.norm;
  let normB = b.norm * b.norm;
  for (const key of top.keys) {
    normA -= a.weights.get(key)! ** 2;
    normB -= b.weights.get(key)! ** 2;
  }
  return normA > 0 && normB > 0 ? Math.min(1, (dot - top.product) / Math.sqrt(normA * normB)) : 0;
}
