/**
 * The figures a sentence states ("more than 2,000 troops", "no more than ten
 * days"), as the corroboration report reads them: two sentences that give the
 * same figure for the same thing ("2,500 soldiers" beside "more than 2,000
 * troops") say the same thing even when their other words differ ("pulling
 * out" beside "began to withdraw"), which word overlap alone misses.
 */
import { amountsMeet } from '../compare/group-claims.js';
import { findQuantities } from '../compare/quantities.js';
import type { SplitToken } from './sentences.js';

export interface Figure {
  /** What is counted ("quantity/troops"). */
  key: string;
  low: number;
  high: number;
}

export function figuresOf(tokens: readonly SplitToken[]): Figure[] {
  return findQuantities(tokens).map((q) => ({ key: q.key, low: q.amount.low, high: q.amount.high }));
}

/** Whether the two state a figure for the same thing that can be true of both (their intervals meet). */
export function shareFigure(a: readonly Figure[], b: readonly Figure[]): boolean {
  return a.some((x) => b.some((y) => x.key === y.key && amountsMeet(x, y)));
}

/** `figuresOf`, found the first time they are asked for (most sentences are never compared on their figures). */
export function lazyFigures(tokens: readonly SplitToken[]): () => readonly Figure[] {
  let figures: readonly Figure[] | null = null;
  return () => (figures ??= figuresOf(tokens));
}
