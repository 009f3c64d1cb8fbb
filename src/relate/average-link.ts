/**
 * Average-linkage agglomerative clustering over a sparse similarity graph:
 * two clusters merge while the mean similarity over all their cross pairs
 * (pairs without an edge count 0) is at least the threshold. Exact on the
 * graph, deterministic (ties go to the smaller node indexes), and it keeps
 * cannot-link constraints: clusters holding a forbidden pair never merge.
 *
 * Each live cluster keeps its best partner; the heap holds one entry per
 * cluster (stale entries are skipped by version). A merge touches the links
 * of the two clusters only, so the cost is the sum of the degrees of the
 * merged clusters, not a re-push of every link (which is quadratic when one
 * story grows to hundreds of readings).
 */
import { ClusterLinks } from './cluster-links.js';
import { MaxHeap } from './heap.js';

/** Edges in typed arrays (edge k joins from[k] and to[k]): millions of them take a tenth of the memory of tuples. */
export interface EdgeList {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

export interface Graph {
  size: number;
  /** Edges from[k] < to[k] with their similarity, each pair once. */
  edges: EdgeList;
  /** Node weights (readings per node when nodes are must-link units); default 1. */
  weights?: readonly number[];
  /** Node anchors: nodes anchored to different groups (>= 0) never end in one cluster; -1 or absent: free. */
  anchors?: Int32Array;
}

interface Entry {
  avg: number;
  a: number;
  b: number;
  /** The cluster this entry is the best pair of, and its version then. */
  owner: number;
  version: number;
}

export function averageLinkGraph(graph: Graph, threshold: number, cannotLink: readonly [number, number][] = []): number[][] {
  const n = graph.size;
  const weight = Float64Array.from({ length: n }, (_, i) => graph.weights?.[i] ?? 1);
  const links = new ClusterLinks(n, graph.edges.from, graph.edges.to, graph.edges.weight);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const forbidden: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [i, j] of cannotLink) {
    forbidden[i]!.add(j);
    forbidden[j]!.add(i);
  }
  const anchor = graph.anchors ? Int32Array.from(graph.anchors) : new Int32Array(n).fill(-1);
  const apart = (x: number, y: number): boolean => forbidden[x]!.has(y) || (anchor[x]! >= 0 && anchor[y]! >= 0 && anchor[x] !== anchor[y]);
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  const heap = new MaxHeap<Entry>((x, y) => x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b))));

  const bestOf = new Int32Array(n).fill(-1);
  const bestAvgOf = new Float64Array(n).fill(-Infinity);
  /**
   * fans[y]: the clusters whose best partner is y with an average link at the
   * threshold or above. A merge can only lower a cluster's links (the merged
   * cluster's link is a weighted mean of the two it replaces), so a cluster
   * whose best is below the threshold stays below it until it merges itself:
   * its best is not kept up to date, and only fans are refreshed.
   */
  const fans: Set<number>[] = Array.from({ length: n }, () => new Set());
  const offer = (x: number, best: number, avg: number): void => {
    version[x]!++;
    if (bestOf[x]! >= 0) fans[bestOf[x]!]!.delete(x);
    bestOf[x] = best;
    bestAvgOf[x] = avg;
    if (best >= 0 && avg >= threshold) fans[best]!.add(x);
    if (best >= 0 && avg >= threshold) heap.push({ avg, a: Math.min(x, best), b: Math.max(x, best), owner: x, version: version[x]! });
  };
  /** Recompute cluster x's best partner and push it (when it passes the threshold). */
  const refresh = (x: number): void => {
    let best = -1;
    let bestAvg = -Infinity;
    // apart(x, c), with what depends on x alone hoisted out of the loop: it runs over every link of x.
    const banned = forbidden[x]!.size > 0 ? forbidden[x]! : null;
    const anchored = anchor[x]!;
    const wx = weight[x]!;
    const count = links.gather(x);
    const neighbours = links.neighbours(x);
    const sums = links.sums(x);
    for (let k = 0; k < count; k++) {
      const c = neighbours[k]!;
      if ((banned !== null && banned.has(c)) || (anchored >= 0 && anchor[c]! >= 0 && anchor[c] !== anchored)) continue;
      const avg = sums[k]! / (wx * weight[c]!);
      if (avg > bestAvg || (avg === bestAvg && c < best)) {
        best = c;
        bestAvg = avg;
      }
    }
    offer(x, best, bestAvg);
  };
  for (let i = 0; i < n; i++) refresh(i);

  while (heap.size > 0) {
    const e = heap.pop()!;
    if (!alive[e.owner] || version[e.owner] !== e.version) continue;
    if (!alive[e.a] || !alive[e.b] || apart(e.a, e.b)) {
      refresh(e.owner);
      continue;
    }
    // The cluster with more links absorbs the other, so a merge costs the smaller one's links.
    const [keep, gone] = links.length(e.a) >= links.length(e.b) ? [e.a, e.b] : [e.b, e.a];
    alive[gone] = 0;
    version[gone]!++;
    weight[keep] = weight[keep]! + weight[gone]!;
    if (anchor[keep]! < 0) anchor[keep] = anchor[gone]!;
    for (const m of members[gone]!) members[keep]!.push(m);
    members[gone] = [];
    for (const f of forbidden[gone]!) {
      forbidden[f]!.delete(gone);
      forbidden[f]!.add(keep);
      forbidden[keep]!.add(f);
    }
    links.merge(keep, gone);
    if (bestOf[gone]! >= 0) fans[bestOf[gone]!]!.delete(gone);
    const stale = [...fans[keep]!, ...fans[gone]!];
    fans[gone]!.clear();
    refresh(keep);
    // A neighbour whose best was one of the two rescans its links. For any
    // other, the merged cluster's link (a weighted mean of its links to the
    // two) is no better than its best, and can only tie it.
    for (const c of stale) if (c !== keep && alive[c] && (bestOf[c] === keep || bestOf[c] === gone)) refresh(c);
    // refresh(keep) gathered keep's links.
    const neighbours = links.neighbours(keep);
    const sums = links.sums(keep);
    for (let k = 0, count = links.length(keep); k < count; k++) {
      const c = neighbours[k]!;
      if (bestAvgOf[c]! < threshold || bestOf[c] === keep) continue;
      const avg = sums[k]! / (weight[c]! * weight[keep]!);
      if ((avg > bestAvgOf[c]! || (avg === bestAvgOf[c]! && keep < bestOf[c]!)) && !apart(c, keep)) offer(c, keep, avg);
    }
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) if (alive[i]) out.push(members[i]!.sort((x, y) => x - y));
  return out;
}
