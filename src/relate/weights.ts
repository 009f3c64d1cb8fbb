/**
 * Term weighting: one sparse vector per reading over terms (lemmas), names
 * (`e:`), numbers (`n:`) and dates (`d:`), each weighted by sublinear tf x
 * IDF over the library. Names and numbers are extra dimensions on top of
 * their words, so sharing "Tokayev" or "2,500" counts more than sharing
 * "troops": that is what tells one event from another of the same kind.
 */
import { entityKeys } from './entities.js';
import type { Features, RelateStats } from './types.js';

/** Extra weight of a title term: a headline names the event. */
export const TITLE_BOOST = 1.5;
export const ENTITY_BOOST = 1.0;
export const NUMBER_BOOST = 1.0;
export const DATE_BOOST = 0.5;

export interface WeightedDoc {
  weights: Map<string, number>;
  norm: number;
}

/**
 * Readings the IDF assumes on top of the library's, none of which holds the
 * key. In a small library the plain IDF punishes exactly the words that make
 * its one story a story: in the five seeds alone, "Kazakhstan" and "CSTO"
 * (in all five) weigh half of a word one outlet used once, and the seeds'
 * weakest pair scored 0.18 (0.31 under the IDF of a library of thousands).
 * The prior flattens the IDF of a small library towards plain term
 * frequency and fades away as the library grows (seeds' weakest pair:
 * 0.29 with 100 prior readings; ECB+ and NEUS unchanged).
 */
export const IDF_PRIOR_DOCS = 100;

export function idf(stats: RelateStats, key: string): number {
  return Math.log((stats.docCount + IDF_PRIOR_DOCS + 1) / (stats.docFreq(key) + 1)) + 1;
}

/**
 * A reading's vector before the IDF: each key once, with its sublinear tf
 * and its boost. Scoring a new reading weighs its ~60 candidates, and the
 * same candidates come back for reading after reading, so this part is
 * computed once per features object (the relate store keeps them parsed) and
 * only the IDF, which moves as the library grows, is applied each time.
 */
interface KeyFactors {
  keys: string[];
  tfs: number[];
  boosts: number[];
}

const factorsOf = new WeakMap<Features, KeyFactors>();

function keyFactors(f: Features): KeyFactors {
  const cached = factorsOf.get(f);
  if (cached) return cached;
  // Keys in the order a plain weighing inserts them and tf x IDF x boost
  // multiplied in the same order, so every weight and sum is the same to the bit.
  const byKey = new Map<string, [tf: number, boost: number]>();
  // A title made of the body's first words is no headline: its words weigh as the body's.
  const title = new Set(f.titleMade ? [] : f.titleTerms);
  for (const [term, tf] of Object.entries(f.terms)) byKey.set(term, [1 + Math.log(tf), title.has(term) ? TITLE_BOOST : 1]);
  for (const e of f.entities) {
    for (const k of entityKeys(e)) {
      const key = `e:${k}`;
      byKey.set(key, [Math.max(byKey.get(key)?.[0] ?? 0, 1 + Math.log(e.count)), ENTITY_BOOST]);
    }
  }
  for (const n of f.numbers) byKey.set(`n:${n}`, [1, NUMBER_BOOST]);
  for (const d of f.dates) byKey.set(`d:${d}`, [1, DATE_BOOST]);
  const made: KeyFactors = { keys: [], tfs: [], boosts: [] };
  for (const [key, [tf, boost]] of byKey) {
    made.keys.push(key);
    made.tfs.push(tf);
    made.boosts.push(boost);
  }
  factorsOf.set(f, made);
  return made;
}

/** Every key a reading contributes to the library's document frequencies. */
export function statKeys(f: Features): string[] {
  return keyFactors(f).keys;
}

/** Calls `fn` with each key's weight, in key order; returns the vector's norm. */
function eachWeight(f: Features, stats: RelateStats, fn: (key: string, weight: number, i: number) => void): number {
  const { keys, tfs, boosts } = keyFactors(f);
  let sum = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const w = tfs[i]! * idf(stats, key) * boosts[i]!;
    fn(key, w, i);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

export function weigh(f: Features, stats: RelateStats): WeightedDoc {
  const weights = new Map<string, number>();
  const norm = eachWeight(f, stats, (key, w) => weights.set(key, w));
  return { weights, norm };
}

/**
 * The weighted vectors of many readings (a regroup's, a batch's) in one block:
 * keys interned to numbers, each reading's weights in `weigh`'s key order.
 * Scoring a batch reads millions of pairs of them in no useful order, and
 * one object per reading made that mostly a wait for memory.
 */
export class PackedVectors {
  private constructor(
    /** Reading i's entries are start[i] .. start[i + 1] - 1. */
    private readonly start: Int32Array,
    private readonly ids: Int32Array,
    private readonly weights: Float64Array,
    private readonly norms: Float64Array,
    /** One slot per key, all zero between calls. */
    private readonly scratch: Float64Array,
    /** The word of each key (`wordOfKey`), numbered. */
    private readonly wordOf: Int32Array,
  ) {}

  /** `weigh` of each reading under `stats`: the same weights and norms, to the bit. */
  static of(docs: readonly Features[], stats: RelateStats): PackedVectors {
    const start = new Int32Array(docs.length + 1);
    docs.forEach((f, i) => (start[i + 1] = start[i]! + keyFactors(f).keys.length));
    const ids = new Int32Array(start[docs.length]!);
    const weights = new Float64Array(start[docs.length]!);
    const keyIds = new Map<string, number>();
    const norms = Float64Array.from(docs, (f, i) =>
      eachWeight(f, stats, (key, w, k) => {
        let id = keyIds.get(key);
        if (id === undefined) keyIds.set(key, (id = keyIds.size));
        ids[start[i]! + k] = id;
        weights[start[i]! + k] = w;
      }),
    );
    const words = new Map<string, number>();
    const wordOf = new Int32Array(keyIds.size);
    for (const [key, id] of keyIds) {
      const word = wordOfKey(key);
      let w = words.get(word);
      if (w === undefined) words.set(word, (w = words.size));
      wordOf[id] = w;
    }
    return new PackedVectors(start, ids, weights, norms, new Float64Array(keyIds.size), wordOf);
  }

  /** `sharesOneWordOnly` of readings a and b (the scratch slots mark b's keys, then are cleared). */
  sharesOneWordOnly(a: number, b: number): boolean {
    const { start, ids, scratch, wordOf } = this;
    for (let k = start[b]!; k < start[b + 1]!; k++) scratch[ids[k]!] = 1;
    let word = -1;
    let one = true;
    for (let k = start[a]!; k < start[a + 1]! && one; k++) {
      if (scratch[ids[k]!] === 0) continue;
      const w = wordOf[ids[k]!]!;
      if (word === -1) word = w;
      else if (w !== word) one = false;
    }
    for (let k = start[b]!; k < start[b + 1]!; k++) scratch[ids[k]!] = 0;
    return one && word !== -1;
  }

  /**
   * For each entry of each reading, the share of its neighbours (`hoods[i]`,
   * positions of readings) whose vectors hold the same key; 0 throughout for
   * a reading without neighbours.
   */
  neighbourShares(hoods: readonly (readonly number[])[]): Float32Array {
    const { start, ids, scratch } = this;
    // Single precision: a share is a count over ten, and a large library holds millions of entries.
    const shares = new Float32Array(ids.length);
    hoods.forEach((hood, i) => {
      if (hood.length === 0) return;
      for (const j of hood) for (let k = start[j]!; k < start[j + 1]!; k++) scratch[ids[k]!]! += 1;
      for (let k = start[i]!; k < start[i + 1]!; k++) shares[k] = scratch[ids[k]!]! / hood.length;
      for (const j of hood) for (let k = start[j]!; k < start[j + 1]!; k++) scratch[ids[k]!] = 0;
    });
    return shares;
  }

  /**
   * The part of the dot product of readings a and b left when each key they
   * share is discounted by `lambda` x the lesser of its two `shares`
   * (`neighbourShares`): 1 when they share nothing.
   */
  keptShare(a: number, b: number, shares: Float32Array, lambda: number): number {
    const { start, ids, weights, scratch } = this;
    const shareOf = (this.shareScratch ??= new Float64Array(scratch.length));
    for (let k = start[b]!; k < start[b + 1]!; k++) {
      scratch[ids[k]!] = weights[k]!;
      shareOf[ids[k]!] = shares[k]!;
    }
    let dot = 0;
    let kept = 0;
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const v = scratch[ids[k]!]!;
      if (v === 0) continue;
      const product = weights[k]! * v;
      dot += product;
      kept += product * (1 - lambda * Math.min(shares[k]!, shareOf[ids[k]!]!));
    }
    for (let k = start[b]!; k < start[b + 1]!; k++) {
      scratch[ids[k]!] = 0;
      shareOf[ids[k]!] = 0;
    }
    return dot > 0 ? kept / dot : 1;
  }

  /** Slots for `keptShare`'s second reading's shares, made on first use. */
  private shareScratch: Float64Array | null = null;

  /**
   * `cosine` of readings a and b: the larger vector is spread into the
   * scratch slots and the smaller one summed against it in its own key order,
   * which is `cosine`'s order: the same result to the bit, without a hash
   * lookup per key.
   */
  cosine(a: number, b: number): number {
    const { start, ids, weights, norms, scratch } = this;
    if (norms[a] === 0 || norms[b] === 0) return 0;
    // Not a destructured pair: this runs millions of times.
    const aSmaller = start[a + 1]! - start[a]! <= start[b + 1]! - start[b]!;
    const small = aSmaller ? a : b;
    const large = aSmaller ? b : a;
    for (let k = start[large]!; k < start[large + 1]!; k++) scratch[ids[k]!] = weights[k]!;
    let dot = 0;
    for (let k = start[small]!; k < start[small + 1]!; k++) {
      const v = scratch[ids[k]!]!;
      if (v !== 0) dot += weights[k]! * v;
    }
    for (let k = start[large]!; k < start[large + 1]!; k++) scratch[ids[k]!] = 0;
    return Math.min(1, dot / (norms[a]! * norms[b]!));
  }
}

/** The word a key stands for: a name's key and its lemma are one word ("e:twitter", "twitter"). */
export function wordOfKey(key: string): string {
  return key.startsWith('e:') ? key.slice(2) : key;
}

/** Whether the two vectors share exactly one word. */
export function sharesOneWordOnly(a: WeightedDoc, b: WeightedDoc): boolean {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let word: string | null = null;
  for (const key of small.weights.keys()) {
    if (!large.weights.has(key)) continue;
    const w = wordOfKey(key);
    if (word === null) word = w;
    else if (w !== word) return false;
  }
  return word !== null;
}

export function cosine(a: WeightedDoc, b: WeightedDoc): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small.weights) {
    const v = large.weights.get(k);
    if (v !== undefined) dot += w * v;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}
