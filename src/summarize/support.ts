/**
 * Which readings of a story support a sentence: for every other reading,
 * its sentence (or headline) most similar to it, kept when the cosine
 * reaches the threshold; else its most similar sentence that states the
 * same figure for the same thing, kept at a lower cosine. The sentence's own
 * reading always counts.
 */
import { shareFigure, type Figure } from './shared-figures.js';
import { cosine, type Weighted } from './vectors.js';
import type { SourceRef, Support } from './types.js';
import { outletIdentity } from '../domain/outlets.js';

export interface SupportUnit {
  text: string;
  weighted: Weighted;
  /** The figures it states (see shared-figures.ts). */
  figures: () => readonly Figure[];
}

/** The cosine a sentence stating the same figure needs: the words around a figure are few and vary between outlets. */
export const FIGURE_SUPPORT = 0.15;

export interface SupportDocument extends SourceRef {
  /** Body sentences and headline of the reading. */
  units: readonly SupportUnit[];
}

export function findSupport(sentence: SupportUnit, own: SourceRef, docs: readonly SupportDocument[], threshold: number): Support[] {
  const out: Support[] = [{ id: own.id, outlet: own.outlet, sentence: sentence.text, similarity: 1 }];
  const figures = sentence.figures();
  for (const doc of docs) {
    if (doc.id === own.id) continue;
    let best: SupportUnit | null = null;
    let bestSim = 0;
    let figure: SupportUnit | null = null;
    let figureSim = FIGURE_SUPPORT;
    for (const unit of doc.units) {
      const sim = cosine(sentence.weighted, unit.weighted);
      if (sim > bestSim) {
        bestSim = sim;
        best = unit;
      }
      if (sim >= figureSim && sim < threshold && figures.length > 0 && shareFigure(figures, unit.figures())) {
        figureSim = sim;
        figure = unit;
      }
    }
    if (best && bestSim >= threshold) out.push({ id: doc.id, outlet: doc.outlet, sentence: best.text, similarity: Math.round(bestSim * 1000) / 1000 });
    else if (figure) out.push({ id: doc.id, outlet: doc.outlet, sentence: figure.text, similarity: Math.round(figureSim * 1000) / 1000 });
  }
  return out;
}

/** Distinct outlets among supports (a reading without an outlet counts by its id). */
export function countOutlets(refs: readonly SourceRef[]): number {
  return new Set(refs.map(outletIdentity)).size;
}
