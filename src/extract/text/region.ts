/**
 * The main region: the contiguous run of lines where body-like text is
 * densest. Each body line adds its length, each furniture line subtracts a
 * cost; the best-scoring run (maximum subarray) is the article. Furniture
 * inside the run (an ad line, a share widget) costs less than the paragraphs
 * around it add, so the run bridges it; a menu or a related-stories list
 * after the body costs more than it brings, so the run stops before it.
 */
import type { LineClass } from './classify.js';

export interface Region {
  /** First line index in the run (inclusive). */
  start: number;
  /** Last line index in the run (inclusive). */
  end: number;
  value: number;
}

/** What a line adds to or subtracts from a run. */
export function lineValue(cls: LineClass, score: number, units: number): number {
  // A body line counts with its length, weighed by how sure its score is.
  if (cls === 'body') return units * Math.min(1, Math.max(0.15, (score - 0.5) / 3));
  if (cls === 'neutral') return -(0.5 + 0.2 * units);
  return -(2 + 0.4 * Math.min(units, 40));
}

/** The maximum-sum contiguous run of values; null when no value is positive. */
export function bestRegion(values: readonly number[]): Region | null {
  let best: Region | null = null;
  let start = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += v;
    if (sum > 0 && (best === null || sum > best.value)) best = { start, end: i, value: sum };
  }
  return best;
}

/** Consecutive non-body lines that end an article: a menu, a footer, a list of other stories. */
export const HARD_GAP = 10;

/**
 * Values with every run of at least `minRun` consecutive non-body lines made
 * impassable, so that the best run never bridges a menu or a footer to reach
 * a cookie notice or a privacy text beyond it.
 */
export function withHardGaps(values: readonly number[], isBody: readonly boolean[], minRun = HARD_GAP): number[] {
  const out = values.slice();
  let runStart = -1;
  for (let i = 0; i <= values.length; i++) {
    if (i < values.length && !isBody[i]) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= minRun) for (let j = runStart; j < i; j++) out[j] = -1e6;
    runStart = -1;
  }
  return out;
}
