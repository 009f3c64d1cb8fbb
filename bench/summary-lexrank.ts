/**
 * Baselines for the story-summary benchmarks, computed in the same run as
 * ours: LexRank (Erkan & Radev 2004: TF-IDF cosine graph over all sentences
 * and headlines of the story, edges at cosine >= 0.1, PageRank with damping
 * 0.85) taking its best-ranked sentences until it reaches our summary's length in words, and the
 * first document (headline and text).
 */
import type { DocumentAnalysis } from '../src/summarize/analyze-document.js';
import { cosine, inverseFrequencies, weigh } from '../src/summarize/vectors.js';

const THRESHOLD = 0.1;
const DAMPING = 0.85;
const ITERATIONS = 50;

interface Candidate {
  text: string;
  terms: string[];
  words: number;
  order: number;
}

function candidates(analyses: readonly DocumentAnalysis[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of analyses) {
    if (a.title) out.push({ text: a.title.text, terms: a.title.terms, words: a.title.words, order: out.length });
    for (const s of a.sentences) out.push({ text: s.text, terms: s.terms, words: s.words, order: out.length });
  }
  return out;
}

export function lexRank(analyses: readonly DocumentAnalysis[], maxWords: number): string {
  const items = candidates(analyses);
  const n = items.length;
  if (n === 0) return '';
  const idf = inverseFrequencies(items.map((c) => c.terms));
  const vectors = items.map((c) => weigh(c.terms, idf));
  const edges: number[][] = items.map(() => []);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i === j || cosine(vectors[i]!, vectors[j]!) >= THRESHOLD) edges[i]!.push(j);
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let i = 0; i < n; i++) for (const j of edges[i]!) next[j]! += (DAMPING * rank[i]!) / edges[i]!.length;
    rank = next;
  }
  const ranked = items.map((c, i) => ({ c, r: rank[i]! })).sort((a, b) => b.r - a.r);
  const picked: Candidate[] = [];
  let words = 0;
  // Best-ranked first until the budget is reached; the sentence that reaches it stays whole.
  for (const { c } of ranked) {
    if (words >= maxWords) break;
    picked.push(c);
    words += c.words;
  }
  return picked.sort((a, b) => a.order - b.order).map((c) => c.text).join(' ');
}

export function firstDocument(doc: { title: string; text: string }): string {
  return `${doc.title} ${doc.text}`.replace(/\s+/gu, ' ').trim();
}
