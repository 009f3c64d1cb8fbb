/**
 * `groupStories`: the full regroup. Every reading's candidates are scored
 * under the whole library's IDF, giving a sparse similarity graph (pairs
 * that share mostly their subject's terms, subject-terms.ts, and undated
 * readings of a crowded subject, crowded-subjects.ts, scaled down); must-link
 * units (manual merges) are its nodes, and average-link clustering cuts it
 * at the same threshold the incremental path uses; same-day headline
 * stories it leaves in fragments are then joined by their centroids
 * (centroid-merge.ts), and stories of two events told apart by their names
 * split (exclusive-names.ts). The result depends only on the set of readings
 * and the corrections, not on their order.
 */
import { averageLinkGraph, type EdgeList } from './average-link.js';
import { mergeFragments } from './centroid-merge.js';
import { splitByExclusiveNames } from './exclusive-names.js';
import { buildConstraints, type Constraints, type Correction } from './constraints.js';
import { dayNumber, windowOption } from './day.js';
import { DEFAULT_WINDOW_DAYS } from './find-similar.js';
import { HEADLINE_ALONE_WORDS, lengthScale, linkFromScales, linkScale } from './link.js';
import { PositionIndex } from './position-index.js';
import { PairMap } from './pair-map.js';
import { headlinePair, ONE_WORD_FACTOR } from './similarity.js';
import { timeFactorApart } from './time-decay.js';
import { weekdayFactor, weekdayMask } from './weekday-clash.js';
import { DEFAULT_SUBJECT_DISCOUNT, subjectFactors, type SubjectDiscount } from './subject-terms.js';
import { crowdEligible, crowdFactors, pairCrowdFactor } from './crowded-subjects.js';
import { DEFAULT_THRESHOLD } from './assign-story.js';
import type { Features, RelateStats } from './types.js';
import { PackedVectors, statKeys } from './weights.js';

export interface GroupDoc {
  id: string;
  features: Features;
}

export interface GroupOptions {
  threshold?: number;
  windowDays?: number;
  halfLifeDays?: number;
  candidateLimit?: number;
  /** Shared-neighbour augmentation (see `SharedNeighbours`); `false` turns it off. */
  sharedNeighbours?: SharedNeighbours | false;
  /** Pairs that share mostly their subject's terms scaled down (subject-terms.ts); `false` turns it off. */
  subjectDiscount?: SubjectDiscount | false;
  /** Undated readings of a crowded subject scaled down (crowded-subjects.ts); `false` turns it off. */
  crowdedSubjects?: boolean;
  corrections?: readonly Correction[];
  /** The current grouping (reading id -> story id): a story keeps its id when most of it stays together. */
  previous?: ReadonlyMap<string, string>;
  /**
   * Readings that stay in their story (reading id -> story id): a batch
   * grouped into a library whose stories are settled. Each such story may
   * gain readings and keeps its id; two of them never merge.
   */
  fixed?: ReadonlyMap<string, string>;
  /** Term statistics to weigh by (a batch's and its library's); default: those of the readings grouped. */
  stats?: RelateStats;
  /** Id of a story that has no previous id; default `story:<smallest member id>`. */
  newStoryId?: (memberIds: readonly string[]) => string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Shared-nearest-neighbour augmentation: each reading's neighbourhood is
 * itself and its `k` most similar readings (link score at least `floor` x
 * the grouping threshold, and at least `relative` x its best score); a pair's
 * similarity becomes `(1 - mix) * score + mix * overlap`, where overlap is
 * the cosine of the two neighbourhoods as sets. Readings of one event tend
 * to have the same neighbours, while two same-kind events that share many
 * words rarely do: the overlap sharpens the cut between them.
 */
export interface SharedNeighbours {
  k: number;
  mix: number;
  floor: number;
  /**
   * A reading in a crowded subject (a pool of political news without dates)
   * has more than `k` readings above the threshold, most of them other events
   * of its subject well below its own story's: counting them as neighbours
   * made every reading of the subject share neighbours with every other.
   * Not for a headline alone (RELATIVE_MIN_WORDS or fewer): its best link is
   * often a wire copy's same words, far above its story's other headlines.
   */
  relative: number;
}

/** Words up to which a reading is a headline alone, whose neighbours are not cut relative to its best. */
const RELATIVE_MIN_WORDS = HEADLINE_ALONE_WORDS;

export const DEFAULT_SHARED_NEIGHBOURS: SharedNeighbours = { k: 8, mix: 0.3, floor: 1, relative: 0.45 };
/** Candidates scored per reading in a full regroup (more than `add` scores: a regroup has time). */
export const BATCH_CANDIDATE_LIMIT = 100;

export interface StoryGroup {
  id: string;
  /** Reading ids, sorted. */
  members: string[];
}

/**
 * Least link a pair brings to the clustering graph. Weaker links cannot lift
 * an average link to the threshold in any merge that matters; leaving them
 * out takes a third of a large library's edges (and of the clustering's time
 * and memory) and changed no group on the UCI headlines.
 */
export const EDGE_FLOOR = 0.05;
/** How many of a reading's most similar readings `groupWithNeighbours` reports. */
export const REPORTED_NEIGHBOURS = 16;

export function groupStories(input: readonly GroupDoc[], options: GroupOptions = {}): StoryGroup[] {
  return groupWithNeighbours(input, options).groups;
}

/**
 * `groupStories`, also giving each reading's most similar readings (up to
 * REPORTED_NEIGHBOURS, best first, scored under the grouping's statistics):
 * where a batch looks for the copies among its readings.
 */
export interface Neighbour {
  id: string;
  /** Pair score (similarity.ts) with its subject discount (subject-terms.ts), before any shared-neighbour blending. */
  score: number;
}

export function groupWithNeighbours(input: readonly GroupDoc[], options: GroupOptions = {}): { groups: StoryGroup[]; neighbours: Map<string, Neighbour[]> } {
  const docs = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const constraints = buildConstraints(options.corrections ?? []);
  const unitIndex = new Map<string, number>();
  const unitOfDoc: number[] = [];
  const unitWeights: number[] = [];
  const fixedStories = new Map<string, number>();
  const unitAnchors: number[] = [];
  for (const d of docs) {
    const fixedStory = options.fixed?.get(d.id);
    // A settled story is one unit (its readings in the batch's window), anchored so that it never merges with another.
    const unit = fixedStory === undefined ? constraints.unitOf(d.id) : `\u0001${fixedStory}`;
    let u = unitIndex.get(unit);
    if (u === undefined) {
      u = unitWeights.length;
      unitIndex.set(unit, u);
      unitWeights.push(0);
      if (fixedStory !== undefined && !fixedStories.has(fixedStory)) fixedStories.set(fixedStory, fixedStories.size);
      unitAnchors.push(fixedStory === undefined ? -1 : fixedStories.get(fixedStory)!);
    }
    unitOfDoc.push(u);
    unitWeights[u]!++;
  }
  const snn = options.sharedNeighbours === undefined ? DEFAULT_SHARED_NEIGHBOURS : options.sharedNeighbours;
  const nominal = options.threshold ?? DEFAULT_THRESHOLD;
  // Built in a function of its own so that the index and the pair scores are
  // garbage before the clustering allocates its own structures.
  const { edges, neighbours } = unitEdges(docs, unitOfDoc, snn, nominal, options);

  const cannot: [number, number][] = [];
  const constrained = [...constraints.constrainedUnits].filter((u) => unitIndex.has(u)).sort();
  for (let x = 0; x < constrained.length; x++) {
    for (let y = x + 1; y < constrained.length; y++) {
      if (constraints.cannotLink(constrained[x]!, constrained[y]!)) cannot.push([unitIndex.get(constrained[x]!)!, unitIndex.get(constrained[y]!)!]);
    }
  }
  // The blend raises links inside a story (shared neighbours) and lowers the
  // others: the same nominal threshold cuts the blended graph at (1 + mix) x.
  const threshold = nominal * (snn ? 1 + snn.mix : 1);
  const anchors = options.fixed ? Int32Array.from(unitAnchors) : undefined;
  const clusters = averageLinkGraph({ size: unitWeights.length, edges, weights: unitWeights, anchors }, threshold, cannot);
  const membersOfUnit: string[][] = unitWeights.map(() => []);
  docs.forEach((d, i) => membersOfUnit[unitOfDoc[i]!]!.push(d.id));
  const clustered = clusters.map((units) => units.flatMap((u) => membersOfUnit[u]!).sort());
  const groups = refine(clustered, docs, constraints, options);
  const previous = options.fixed ? new Map([...(options.previous ?? []), ...options.fixed]) : options.previous;
  return {
    groups: nameStories(groups, { ...options, previous }),
    neighbours: new Map(docs.map((d, i) => [d.id, neighbours[i]!.map(([j, score]) => ({ id: docs[j]!.id, score }))])),
  };
}

/**
 * The clustering's groups refined: same-day headline stories that average
 * link left in fragments merged by their centroids (centroid-merge.ts), then
 * stories of full texts that hold two events told apart by their names split
 * (exclusive-names.ts).
 */
function refine(groups: string[][], docs: readonly GroupDoc[], constraints: Constraints, options: GroupOptions): string[][] {
  const featuresOf = new Map(docs.map((d) => [d.id, d.features]));
  const features = (id: string): Features => featuresOf.get(id)!;
  let docFreq: Map<string, number> | null = null;
  // Counted only when some group needs weights, over the whole set as the clustering's IDF.
  const countDocFreq = (): Map<string, number> => {
    const df = new Map<string, number>();
    for (const d of docs) for (const key of statKeys(d.features)) df.set(key, (df.get(key) ?? 0) + 1);
    return df;
  };
  const stats: RelateStats = options.stats ?? { docCount: docs.length, docFreq: (key) => (docFreq ??= countDocFreq()).get(key) ?? 0 };
  const constrained = (members: readonly string[]): string[] => members.map(constraints.unitOf).filter((u) => constraints.constrainedUnits.has(u));
  // Units a correction made: readings merged by hand (a unit of two or more) and those split apart.
  const unitSizes = new Map<string, number>();
  for (const d of docs) unitSizes.set(constraints.unitOf(d.id), (unitSizes.get(constraints.unitOf(d.id)) ?? 0) + 1);
  const corrected = new Set([...constraints.constrainedUnits, ...[...unitSizes].filter(([, n]) => n > 1).map(([u]) => u)]);
  const merged = mergeFragments(
    groups.map((members) => ({ members, anchored: members.some((id) => options.fixed?.has(id)) })),
    {
      features,
      stats,
      keptApart: (a, b) => {
        const ub = constrained(b);
        return constrained(a).some((x) => ub.some((y) => constraints.cannotLink(x, y)));
      },
    },
  ).map((from) => from.flatMap((g) => groups[g]!).sort());
  return splitByExclusiveNames(merged, {
    features,
    stats,
    // A story settled in the library or corrected by hand is the user's (or an earlier grouping's) to keep.
    keptWhole: (members) => members.some((id) => options.fixed?.has(id) || corrected.has(constraints.unitOf(id))),
  });
}

/**
 * The sparse similarity graph between must-link units: every reading's
 * candidates scored, blended with shared neighbours, then summed per pair of
 * units as link scores.
 */
function unitEdges(
  docs: readonly GroupDoc[],
  unitOfDoc: readonly number[],
  snn: SharedNeighbours | false,
  nominal: number,
  options: GroupOptions,
): { edges: EdgeList; neighbours: [number, number][][] } {
  const n = docs.length;
  const { candidates, vectors } = candidatesOf(docs, options);
  const words = Int32Array.from(docs, (d) => d.features.words);
  const scales = Float64Array.from(words, lengthScale);
  const days = docs.map((d) => d.features.day);
  const dayNumbers = Float64Array.from(days, (day) => (day ? dayNumber(day) : 0));
  const weekdays = Int32Array.from(docs, (d) => weekdayMask(d.features));
  /** `pairScore` of readings i and j, from their packed vectors (the same either way round). */
  const pairScore = (i: number, j: number): number => {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const apart = !days[a] || !days[b] ? null : days[a] === days[b] ? 0 : Math.abs(dayNumbers[b]! - dayNumbers[a]!);
    const cos = vectors.cosine(a, b);
    const factor = cos > 0 && headlinePair(words[a]!, words[b]!) && vectors.sharesOneWordOnly(a, b) ? ONE_WORD_FACTOR : 1;
    const sameWeekdays = weekdayFactor(weekdays[a]!, words[a]!, weekdays[b]!, words[b]!);
    return cos * factor * sameWeekdays * timeFactorApart(apart, options.halfLifeDays, scales[a]! * scales[b]!);
  };
  // A pair listed by both readings is scored twice: cheaper than looking the
  // first score up among millions (the lookups were most of the scoring).
  const scored = candidates.map((list, i) => Float64Array.from(list, (j) => (j === i ? 0 : pairScore(i, j))));
  const discount = options.subjectDiscount === undefined ? DEFAULT_SUBJECT_DISCOUNT : options.subjectDiscount;
  const subject = discount ? subjectFactors(vectors, candidates, scored, (i) => words[i]! <= RELATIVE_MIN_WORDS, discount) : null;
  if (subject) {
    candidates.forEach((list, i) => {
      // A pair that shares nothing stays at 0 without its shares being read.
      for (let k = 0; k < list.length; k++) if (list[k] !== i && scored[i]![k]! > 0) scored[i]![k] = Math.min(1, scored[i]![k]! * subject(i, list[k]!));
    });
  }
  const discounted = subject ? (i: number, j: number): number => Math.min(1, pairScore(i, j) * subject(i, j)) : pairScore;
  const crowd = options.crowdedSubjects === false ? null : crowdFactors(candidates, scored, (i) => crowdEligible(docs[i]!.features));
  if (crowd) {
    candidates.forEach((list, i) => {
      for (let k = 0; k < list.length; k++) if (list[k] !== i) scored[i]![k] = scored[i]![k]! * pairCrowdFactor(crowd, i, list[k]!);
    });
  }
  const score = crowd ? (i: number, j: number): number => discounted(i, j) * pairCrowdFactor(crowd, i, j) : discounted;
  const listed = candidates.map((list) => Int32Array.from(list).sort());
  const isScored = (a: number, b: number): boolean => holds(listed[a]!, b) || holds(listed[b]!, a);
  /** Each scored pair once (a < b): from the first reading's list, or from the second's when the first did not list it. */
  const forEachScored = (fn: (s: number, a: number, b: number) => void): void => {
    candidates.forEach((list, i) => {
      for (let k = 0; k < list.length; k++) {
        const j = list[k]!;
        if (j === i || (j < i && holds(listed[j]!, i))) continue;
        fn(scored[i]![k]!, Math.min(i, j), Math.max(i, j));
      }
    });
  };

  const neighbours: Neighbourhood[] = [];
  const best: [number, number][][] = [];
  candidates.forEach((list, i) => {
    const order: number[] = [];
    for (let k = 0; k < list.length; k++) if (list[k] !== i && scored[i]![k]! > 0) order.push(k);
    order.sort((x, y) => scored[i]![y]! - scored[i]![x]! || list[x]! - list[y]!);
    neighbours.push({ ids: order.map((k) => list[k]!), scores: order.map((k) => scored[i]![k]!) });
    best.push(order.slice(0, REPORTED_NEIGHBOURS).map((k) => [list[k]!, scored[i]![k]!]));
    options.onProgress?.(n + i + 1, 2 * n);
  });

  const linkScales = Float64Array.from(docs, (d) => linkScale(d.features.words));
  const link = (s: number, i: number, j: number): number => linkFromScales(s, linkScales[i]!, linkScales[j]!);
  // Sized for every scored pair (each listed once or twice): growing a table of millions is a copy of it.
  const sums = new PairMap(candidates.reduce((total, list) => total + list.length, 0) / 2);
  const addLink = (s: number, i: number, j: number): void => {
    const a = unitOfDoc[i]!;
    const b = unitOfDoc[j]!;
    if (a === b || s <= 0) return;
    const linked = link(s, i, j);
    if (linked < EDGE_FLOOR) return;
    const ukey = a < b ? a * n + b : b * n + a;
    sums.set(ukey, (sums.get(ukey) ?? 0) + linked);
  };
  if (snn) {
    // A neighbour counts when its link reaches `floor` x the threshold (in a small library every reading would be everyone's neighbour).
    const isNeighbour = (s: number, i: number, j: number): boolean => link(s, i, j) >= snn.floor * nominal;
    const plain = { k: snn.k, relative: 0 };
    const neighbourhoodOf = (i: number): number[] => neighbourhood(i, neighbours[i]!, docs[i]!.features.words > RELATIVE_MIN_WORDS ? snn : plain, isNeighbour);
    forEachBlendedScore(n, neighbourhoodOf, snn, { forEachScored, isScored, score }, addLink);
  } else forEachScored(addLink);
  const edges: EdgeList = { from: new Int32Array(sums.size), to: new Int32Array(sums.size), weight: new Float64Array(sums.size) };
  let k = 0;
  sums.forEach((link, ukey) => {
    const a = Math.floor(ukey / n);
    edges.from[k] = a;
    edges.to[k] = ukey - a * n;
    edges.weight[k++] = link;
  });
  return { edges, neighbours: best };
}

/** Does the sorted list hold x? */
function holds(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A reading's candidates with a positive score, best first, and their scores. */
export interface Neighbourhood {
  ids: number[];
  scores: number[];
}

/**
 * Each reading's candidates (positions in `docs`) and the weighted vectors,
 * from an index of them all built here, so that it is garbage (a large
 * batch's index is the biggest thing a regroup holds) before the pairs are
 * scored.
 */
function candidatesOf(docs: readonly GroupDoc[], options: GroupOptions): { candidates: Int32Array[]; vectors: PackedVectors } {
  const index = new PositionIndex(docs.map((d) => d.features));
  const stats = options.stats ?? { docCount: docs.length, docFreq: (key: string) => index.docFreq(key) };
  const candidates = docs.map((d, i) => {
    const found = index.candidates(i, { limit: options.candidateLimit ?? BATCH_CANDIDATE_LIMIT, ...windowOption(d.features.day, options.windowDays ?? DEFAULT_WINDOW_DAYS) });
    options.onProgress?.(i + 1, 2 * docs.length);
    return Int32Array.from(found);
  });
  return { candidates, vectors: PackedVectors.of(docs.map((d) => d.features), stats) };
}

/** Reading i and its nearest neighbours (`candidates` best first), as the shared-neighbour blend counts them. */
export function neighbourhood(i: number, candidates: Neighbourhood, o: Pick<SharedNeighbours, 'k' | 'relative'>, isNeighbour: (s: number, i: number, j: number) => boolean): number[] {
  const { ids, scores } = candidates;
  const set = [i];
  for (let k = 0; k < ids.length; k++) {
    if (set.length > o.k || scores[k]! < o.relative * scores[0]!) break;
    if (isNeighbour(scores[k]!, i, ids[k]!)) set.push(ids[k]!);
  }
  return set;
}

/**
 * Pair similarities blended with the overlap of the two readings'
 * neighbourhoods, handed to `emit` one by one (a < b) rather than kept (a
 * large library has millions). Pairs that share a neighbour without being
 * each other's candidates get an edge too.
 */
function forEachBlendedScore(
  n: number,
  neighbourhoodOf: (i: number) => number[],
  o: SharedNeighbours,
  pairs: {
    forEachScored: (fn: (s: number, a: number, b: number) => void) => void;
    isScored: (a: number, b: number) => boolean;
    score: (a: number, b: number) => number;
  },
  emit: (similarity: number, a: number, b: number) => void,
): void {
  const sets = Array.from({ length: n }, (_, i) => neighbourhoodOf(i));
  const holders: number[][] = Array.from({ length: n }, () => []);
  sets.forEach((set, i) => {
    for (const m of set) holders[m]!.push(i);
  });
  const shared = new PairMap(n * 16);
  for (const list of holders) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = list[x]! < list[y]! ? [list[x]!, list[y]!] : [list[y]!, list[x]!];
        const key = a * n + b;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const blend = (a: number, b: number, count: number | undefined, s: number): number => {
    if (count === undefined) return (1 - o.mix) * s;
    const overlap = count / Math.sqrt(sets[a]!.length * sets[b]!.length);
    return (1 - o.mix) * s + o.mix * overlap;
  };
  // The scored pairs first, then the pairs found only through shared neighbours.
  pairs.forEachScored((s, a, b) => emit(blend(a, b, shared.get(a * n + b), s), a, b));
  shared.forEach((count, key) => {
    const a = Math.floor(key / n);
    const b = key - a * n;
    if (!pairs.isScored(a, b)) emit(blend(a, b, count, pairs.score(a, b)), a, b);
  });
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
