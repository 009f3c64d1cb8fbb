/**
 * The links of each cluster of an agglomerative clustering, kept lazily: a
 * cluster's list holds (node, summed similarity) entries that may still name
 * clusters merged since, and `gather` sums them by their current cluster
 * (union-find roots) when the list is read, writing it back compacted. A
 * merge appends the absorbed cluster's list to the absorbing one and touches
 * no neighbour's list: on the 34,914 UCI headlines (1.6 million edges) moving
 * each link through the neighbours' hash maps was most of the clustering's
 * time.
 */
export class ClusterLinks {
  private readonly idLists: Int32Array[];
  private readonly sumLists: Float64Array[];
  private readonly lengths: Int32Array;
  private readonly parent: Int32Array;
  /** Scratch for `gather`: a sum per root, and the pass that last set it. */
  private readonly total: Float64Array;
  private readonly seenIn: Int32Array;
  private pass = 0;

  /** Lists from edges (from[k], to[k], weight[k]); self-loops are left out, repeated pairs summed when first gathered. */
  constructor(size: number, from: Int32Array, to: Int32Array, weight: Float64Array) {
    this.lengths = degrees(size, from, to);
    // One block for all the first lists, each node's a view of its part: a merge gives the absorbing cluster an array of its own.
    const start = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) start[i + 1] = start[i]! + this.lengths[i]!;
    const ids = new Int32Array(start[size]!);
    const sums = new Float64Array(start[size]!);
    fill(ids, sums, start, from, to, weight);
    this.idLists = Array.from({ length: size }, (_, i) => ids.subarray(start[i]!, start[i + 1]!));
    this.sumLists = Array.from({ length: size }, (_, i) => sums.subarray(start[i]!, start[i + 1]!));
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
    this.total = new Float64Array(size);
    this.seenIn = new Int32Array(size);
  }

  /** Entries in x's list (an upper bound on its distinct neighbours until gathered). */
  length(x: number): number {
    return this.lengths[x]!;
  }

  /** The cluster a node belongs to now. */
  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }

  /** `gone` joins `keep` (both current clusters): its links are appended to keep's. */
  merge(keep: number, gone: number): void {
    this.parent[gone] = keep;
    const n = this.lengths[keep]!;
    const add = this.lengths[gone]!;
    if (n + add > this.idLists[keep]!.length) {
      const capacity = Math.max(n + add, 2 * this.idLists[keep]!.length);
      const ids = new Int32Array(capacity);
      const sums = new Float64Array(capacity);
      ids.set(this.idLists[keep]!.subarray(0, n));
      sums.set(this.sumLists[keep]!.subarray(0, n));
      this.idLists[keep] = ids;
      this.sumLists[keep] = sums;
    }
    this.idLists[keep]!.set(this.idLists[gone]!.subarray(0, add), n);
    this.sumLists[keep]!.set(this.sumLists[gone]!.subarray(0, add), n);
    this.lengths[keep] = n + add;
    this.idLists[gone] = new Int32Array(0);
    this.sumLists[gone] = new Float64Array(0);
    this.lengths[gone] = 0;
  }

  /**
   * Sums cluster x's links by the current cluster they lead to, in the order
   * they were first listed, and writes its list back in that form: its first
   * `count` entries of `neighbours(x)` and `sums(x)` (valid until the next
   * merge into x).
   */
  gather(x: number): number {
    const ids = this.idLists[x]!;
    const sums = this.sumLists[x]!;
    const n = this.lengths[x]!;
    const total = this.total;
    const seenIn = this.seenIn;
    const pass = ++this.pass;
    let kept = 0;
    for (let k = 0; k < n; k++) {
      const c = this.find(ids[k]!);
      if (c === x) continue;
      if (seenIn[c] !== pass) {
        seenIn[c] = pass;
        total[c] = sums[k]!;
        ids[kept++] = c;
      } else total[c] = total[c]! + sums[k]!;
    }
    for (let k = 0; k < kept; k++) sums[k] = total[ids[k]!]!;
    this.lengths[x] = kept;
    return kept;
  }

  /** The clusters x links to, once gathered. */
  neighbours(x: number): Int32Array {
    return this.idLists[x]!;
  }

  /** The summed similarity of each of `neighbours(x)`. */
  sums(x: number): Float64Array {
    return this.sumLists[x]!;
  }
}

function degrees(size: number, from: Int32Array, to: Int32Array): Int32Array {
  const out = new Int32Array(size);
  for (let k = 0; k < from.length; k++) {
    if (from[k] === to[k]) continue;
    out[from[k]!]!++;
    out[to[k]!]!++;
  }
  return out;
}

function fill(ids: Int32Array, sums: Float64Array, start: Int32Array, from: Int32Array, to: Int32Array, weight: Float64Array): void {
  const next = start.slice(0, start.length - 1);
  for (let k = 0; k < from.length; k++) {
    const i = from[k]!;
    const j = to[k]!;
    if (i === j) continue;
    ids[next[i]!] = j;
    sums[next[i]!++] = weight[k]!;
    ids[next[j]!] = i;
    sums[next[j]!++] = weight[k]!;
  }
}
