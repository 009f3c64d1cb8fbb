/**
 * Average-linkage agglomerative clustering over a sparse similarity graph:
 * two clusters merge while the mean similarity over all their cross pairs
 * (pairs without an edge count 0) is at least the threshold. Exact on the
 * graph, deterministic (ties go to the smaller node indexes), and it keeps
 * cannot-link constraints: clusters holding a forbidden pair never merge.
 */
import { MaxHeap } from './heap.js';

export interface Graph {
  size: number;
  /** Edges [i, j, similarity] with i < j, each once. */
  edges: readonly [number, number, number][];
  /** Node weights (readings per node when nodes are must-link units); default 1. */
  weights?: readonly number[];
}

interface Entry {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

export function averageLinkGraph(graph: Graph, threshold: number, cannotLink: readonly [number, number][] = []): number[][] {
  const n = graph.size;
  const weight = Float64Array.from({ length: n }, (_, i) => graph.weights?.[i] ?? 1);
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [i, j, s] of graph.edges) {
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
  const push = (a: number, b: number): void => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const avg = links[x]!.get(y)! / (weight[x]! * weight[y]!);
    if (avg >= threshold) heap.push({ avg, a: x, b: y, va: version[x]!, vb: version[y]! });
  };
  for (let i = 0; i < n; i++) for (const j of links[i]!.keys()) if (i < j) push(i, j);
  while (heap.size > 0) {
    const e = heap.pop()!;
    if (!alive[e.a] || !alive[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    if (forbidden[e.a]!.has(e.b)) continue;
    const [keep, gone] = [e.a, e.b];
    alive[gone] = 0;
    version[keep]!++;
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
      links[c]!.set(keep, links[keep]!.get(c)!);
    }
    links[gone]!.clear();
    for (const c of links[keep]!.keys()) push(keep, c);
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) if (alive[i]) out.push(members[i]!.sort((x, y) => x - y));
  return out;
}
