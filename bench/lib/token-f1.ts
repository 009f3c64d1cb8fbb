/** Multiset token F1 between two texts, tokens being runs of letters, digits and underscores. */
export function tokenF1(predicted: string, truth: string): number {
  const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  const truthTokens = tokens(truth);
  for (const t of truthTokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const pred = tokens(predicted);
  let tp = 0;
  for (const t of pred) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      tp++;
      counts.set(t, n - 1);
    }
  }
  if (tp === 0) return 0;
  const p = tp / pred.length;
  const r = tp / truthTokens.length;
  return (2 * p * r) / (p + r);
}
