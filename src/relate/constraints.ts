/**
 * Manual corrections and the constraints they leave for regrouping.
 *
 * A correction is stored as what the user did, with the reading ids it
 * concerned at that moment (story ids change on regroup, reading ids never):
 *   merge(a, b)            -> { kind: 'merge', readingIds: members of a and b }
 *   split(story, ids)      -> { kind: 'split', apart: ids, from: the other members }
 * They become must-link groups (merged readings, and the readings split out
 * together) and cannot-link pairs of groups (split readings vs the rest).
 * When two corrections contradict, the later one wins: they are read newest
 * first, and an older one is dropped where it conflicts with a newer one.
 */

export type Correction =
  | { kind: 'merge'; readingIds: string[] }
  | { kind: 'split'; apart: string[]; from: string[] };

export interface Constraints {
  /** Union-find root of a reading's must-link group (itself when unconstrained). */
  unitOf: (id: string) => string;
  /** Whether two units may not share a story. */
  cannotLink: (unitA: string, unitB: string) => boolean;
  /** Units that have cannot-links. */
  constrainedUnits: ReadonlySet<string>;
}

export function buildConstraints(corrections: readonly Correction[]): Constraints {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (y !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const cannot: [string, string][] = [];
  const conflicts = (a: string, b: string): boolean => {
    const ra = find(a);
    const rb = find(b);
    return cannot.some(([x, y]) => {
      const rx = find(x);
      const ry = find(y);
      return (rx === ra && ry === rb) || (rx === rb && ry === ra);
    });
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || conflicts(a, b)) return;
    // The smaller id is the root, so the result does not depend on call order.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const c of [...corrections].reverse()) {
    if (c.kind === 'merge') {
      for (const id of c.readingIds.slice(1)) union(c.readingIds[0]!, id);
    } else {
      for (const id of c.apart.slice(1)) union(c.apart[0]!, id);
      if (c.apart.length === 0) continue;
      for (const other of c.from) if (find(other) !== find(c.apart[0]!)) cannot.push([c.apart[0]!, other]);
    }
  }
  const pairs = new Set<string>();
  const constrainedUnits = new Set<string>();
  for (const [a, b] of cannot) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    pairs.add(`${ra}\u0000${rb}`);
    pairs.add(`${rb}\u0000${ra}`);
    constrainedUnits.add(ra);
    constrainedUnits.add(rb);
  }
  return {
    unitOf: find,
    cannotLink: (a, b) => pairs.has(`${a}\u0000${b}`),
    constrainedUnits,
  };
}
