/**
 * Sparse TF-IDF vectors over content terms, and their cosine. The IDF is
 * computed over the sentences being compared (one reading, or one story),
 * so a term every sentence uses weighs little.
 */
export type Vector = Map<string, number>;

export interface Weighted {
  vector: Vector;
  norm: number;
}

/** Inverse sentence frequency: ln(1 + n / df). */
export function inverseFrequencies(termLists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log(1 + n / f));
  return idf;
}

/** TF-IDF of one term list; term frequency damped as 1 + ln(tf). */
export function weigh(terms: readonly string[], idf: ReadonlyMap<string, number>): Weighted {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const vector: Vector = new Map();
  let sum = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? 1);
    vector.set(t, w);
    sum += w * w;
  }
  return { vector, norm: Math.sqrt(sum) };
}

export function cosine(a: Weighted, b: Weighted): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** The sum of several vectors, as one weighted vector. */
export function centroid(items: readonly Weighted[]): Weighted {
  const vector: Vector = new Map();
  for (const item of items) for (const [t, w] of item.vector) vector.set(t, (vector.get(t) ?? 0) + w);
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return { vector, norm: Math.sqrt(sum) };
}
