import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkGraph, type EdgeList } from './average-link.js';

type Edge = readonly [number, number, number];

const edgeList = (edges: readonly Edge[]): EdgeList => ({
  from: Int32Array.from(edges, (e) => e[0]),
  to: Int32Array.from(edges, (e) => e[1]),
  weight: Float64Array.from(edges, (e) => e[2]),
});

const graphOf = (size: number, edges: readonly Edge[]) => ({ size, edges: edgeList(edges) });

/** Textbook average link: repeatedly merge the best pair of clusters (ties to the smaller indexes). */
function naive(graph: { size: number; edges: readonly Edge[]; weights?: readonly number[] }, threshold: number, cannot: readonly [number, number][], anchors: readonly number[] = []): number[][] {
  const sim = new Map<string, number>();
  for (const [i, j, s] of graph.edges) sim.set(`${i},${j}`, (sim.get(`${i},${j}`) ?? 0) + s);
  const s = (i: number, j: number): number => sim.get(i < j ? `${i},${j}` : `${j},${i}`) ?? 0;
  let clusters = Array.from({ length: graph.size }, (_, i) => ({ id: i, members: [i] }));
  const w = (c: { members: number[] }): number => c.members.reduce((t, m) => t + (graph.weights?.[m] ?? 1), 0);
  const anchorOf = (c: number[]): number => c.map((m) => anchors[m] ?? -1).find((x) => x >= 0) ?? -1;
  const blocked = (a: number[], b: number[]): boolean =>
    cannot.some(([x, y]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x))) ||
    (anchorOf(a) >= 0 && anchorOf(b) >= 0 && anchorOf(a) !== anchorOf(b));
  for (;;) {
    let best: { avg: number; x: number; y: number } | null = null;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const [A, B] = [clusters[x]!, clusters[y]!];
        if (blocked(A.members, B.members)) continue;
        let sum = 0;
        for (const a of A.members) for (const b of B.members) sum += s(a, b);
        const avg = sum / (w(A) * w(B));
        if (sum > 0 && (!best || avg > best.avg + 1e-12)) best = { avg, x, y };
      }
    }
    if (!best || best.avg < threshold) break;
    const [A, B] = [clusters[best.x]!, clusters[best.y]!];
    const merged = { id: Math.min(A.id, B.id), members: [...A.members, ...B.members] };
    clusters = clusters.filter((_, k) => k !== best!.x && k !== best!.y).concat(merged);
  }
  return clusters.map((c) => c.members.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

describe('averageLinkGraph', () => {
  it('merges while the mean cross-pair similarity reaches the threshold (missing edges count 0)', () => {
    const g = graphOf(4, [[0, 1, 0.9], [1, 2, 0.5], [0, 2, 0.1], [2, 3, 0.05]]);
    expect(averageLinkGraph(g, 0.3)).toEqual([[0, 1, 2], [3]]);
    expect(averageLinkGraph(g, 0.31)).toEqual([[0, 1], [2], [3]]);
  });

  it('never merges a cannot-link pair', () => {
    const g = graphOf(3, [[0, 1, 0.9], [1, 2, 0.9], [0, 2, 0.9]]);
    expect(averageLinkGraph(g, 0.1, [[0, 2]])).toEqual([[0, 1], [2]]);
  });

  it('never puts nodes anchored to different groups in one cluster, and lets free nodes join either', () => {
    const g = graphOf(4, [[0, 1, 0.9], [1, 2, 0.9], [0, 2, 0.9], [2, 3, 0.8]]);
    const anchors = Int32Array.from([0, -1, 1, -1]);
    expect(averageLinkGraph({ ...g, anchors }, 0.1)).toEqual([[0, 1], [2, 3]]);
    expect(averageLinkGraph(g, 0.1)).toEqual([[0, 1, 2, 3]]);
  });

  it('agrees with the textbook algorithm on random graphs with anchors', () => {
    const graph = fc.integer({ min: 2, max: 9 }).chain((size) =>
      fc.record({
        size: fc.constant(size),
        edges: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 1000 })), { selector: ([i, j]) => `${Math.min(i, j)},${Math.max(i, j)}`, maxLength: 20 }),
        anchors: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: size, maxLength: size }),
      }),
    );
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 600 }), (g, t) => {
        const edges = g.edges.filter(([i, j]) => i !== j).map(([i, j, s]) => [Math.min(i, j), Math.max(i, j), s / 1000 + i * 1e-7 + j * 1e-9] as [number, number, number]);
        const ours = averageLinkGraph({ ...graphOf(g.size, edges), anchors: Int32Array.from(g.anchors) }, t / 1000).sort((a, b) => a[0]! - b[0]!);
        expect(ours).toEqual(naive({ size: g.size, edges }, t / 1000, [], g.anchors));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the textbook algorithm on random graphs', () => {
    // Distinct weights on a grid of 1/1000 avoid ties, where the two may pick different (equal) merges.
    const graph = fc.integer({ min: 2, max: 9 }).chain((size) =>
      fc.record({
        size: fc.constant(size),
        edges: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 1000 })), { selector: ([i, j]) => `${Math.min(i, j)},${Math.max(i, j)}`, maxLength: 20 }),
      }),
    );
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 600 }), (g, t) => {
        const edges = g.edges.filter(([i, j]) => i !== j).map(([i, j, s]) => [Math.min(i, j), Math.max(i, j), s / 1000 + i * 1e-7 + j * 1e-9] as [number, number, number]);
        const ours = averageLinkGraph(graphOf(g.size, edges), t / 1000).sort((a, b) => a[0]! - b[0]!);
        expect(ours).toEqual(naive({ size: g.size, edges }, t / 1000, []));
      }),
      { numRuns: 300 },
    );
  });
});
