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
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const { from, to, weight: similarity } = graph.edges;
  for (let k = 0; k < from.length; k++) {
    const i = from[k]!;
    const j = to[k]!;
    const s = similarity[k]!;
    if (i === j) continue;
    links[i]!.set(j, (links[i]!.get(j) ?? 0) + s);
    links[j]!.set(i, (links[j]!.get(i) ?? 0) + s);
  }
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const forbidden: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [i, j] of cannotLink) {
    forbidden[i]!.add(j);
    forbidden[j]!.add(i);
  }
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  const heap = new MaxHeap<Entry>((x, y) => x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b))));

  const bestOf = new Int32Array(n).fill(-1);
  const bestAvgOf = new Float64Array(n).fill(-Infinity);
  const offer = (x: number, best: number, avg: number): void => {
    version[x]!++;
    bestOf[x] = best;
    bestAvgOf[x] = avg;
    if (best >= 0 && avg >= threshold) heap.push({ avg, a: Math.min(x, best), b: Math.max(x, best), owner: x, version: version[x]! });
  };
  /** Recompute cluster x's best partner and push it (when it passes the threshold). */
  const refresh = (x: number): void => {
    let best = -1;
    let bestAvg = -Infinity;
    for (const [c, sum] of links[x]!) {
      if (forbidden[x]!.has(c)) continue;
      const avg = sum / (weight[x]! * weight[c]!);
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
    if (!alive[e.a] || !alive[e.b] || forbidden[e.a]!.has(e.b)) {
      refresh(e.owner);
      continue;
    }
    const [keep, gone] = [e.a, e.b];
    alive[gone] = 0;
    version[gone]!++;
    weight[keep] = weight[keep]! + weight[gone]!;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
    for (const f of forbidden[gone]!) {
      forbidden[f]!.delete(gone);
      forbidden[f]!.add(keep);
      forbidden[keep]!.add(f);
    }
    links[keep]!.delete(gone);
    for (const [c, s] of links[gone]!) {
      if (c === keep) continue;
      links[keep]!.set(c, (links[keep]!.get(c) ?? 0) + s);
      links[c]!.delete(gone);
    }
    links[gone]!.clear();
    refresh(keep);
    // Neighbours: their link to `keep` changed (and `gone` is no more). A
    // neighbour whose best was one of the two rescans its links; any other
    // only checks whether the merged cluster is now its best.
    for (const [c, sum] of links[keep]!) {
      links[c]!.set(keep, sum);
      if (bestOf[c] === keep || bestOf[c] === gone) refresh(c);
      else if (!forbidden[c]!.has(keep)) {
        const avg = sum / (weight[c]! * weight[keep]!);
        if (avg > bestAvgOf[c]! || (avg === bestAvgOf[c]! && keep < bestOf[c]!)) offer(c, keep, avg);
      }
    }
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) if (alive[i]) out.push(members[i]!.sort((x, y) => x - y));
  return out;
}
