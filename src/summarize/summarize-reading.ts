/**
 * `summarizeReading`: an extractive summary of one reading. Each complete
 * sentence is scored by
 *
 *   position    news put the gist first: 1 / sqrt(1 + sentence number)
 *   centrality  mean TF-IDF cosine with the reading's other sentences
 *   title       TF-IDF cosine with the headline
 *
 * then picked greedily, best first, skipping a sentence too close to one
 * already picked (MMR-style), and printed in reading order.
 */
import { analyzeDocument, summarizable, type AnalyzedSentence } from './analyze-document.js';
import { cosine, inverseFrequencies, weigh, type Weighted } from './vectors.js';
import type { ReadingSummary, SummarizeDeps, SummaryInput, SummaryOptions } from './types.js';

export const READING_WEIGHTS = { position: 1, centrality: 1.5, title: 0.8 };
const DEFAULT_SENTENCES = 3;
/** Cosine above which a candidate repeats a picked sentence. */
const REDUNDANT = 0.5;

export interface ScoredSentence {
  sentence: AnalyzedSentence;
  weighted: Weighted;
  score: number;
}

export function scoreSentences(sentences: readonly AnalyzedSentence[], title: AnalyzedSentence | null): ScoredSentence[] {
  const idf = inverseFrequencies([...sentences.map((s) => s.terms), ...(title ? [title.terms] : [])]);
  const weighted = sentences.map((s) => weigh(s.terms, idf));
  const titleVector = title ? weigh(title.terms, idf) : null;
  const n = sentences.length;
  return sentences.map((sentence, i) => {
    let sum = 0;
    for (let j = 0; j < n; j++) if (j !== i) sum += cosine(weighted[i]!, weighted[j]!);
    const centrality = n > 1 ? sum / (n - 1) : 0;
    const position = 1 / Math.sqrt(1 + i);
    const titled = titleVector ? cosine(weighted[i]!, titleVector) : 0;
    const w = READING_WEIGHTS;
    return { sentence, weighted: weighted[i]!, score: w.position * position + w.centrality * centrality + w.title * titled };
  });
}

export function pickSentences(scored: readonly ScoredSentence[], count: number, maxWords: number): ScoredSentence[] {
  const candidates = scored.filter((s) => summarizable(s.sentence)).sort((a, b) => b.score - a.score);
  const picked: ScoredSentence[] = [];
  let words = 0;
  for (const c of candidates) {
    if (picked.length >= count) break;
    if (words + c.sentence.words > maxWords) continue;
    if (picked.some((p) => cosine(p.weighted, c.weighted) > REDUNDANT)) continue;
    picked.push(c);
    words += c.sentence.words;
  }
  return picked.sort((a, b) => a.sentence.index - b.sentence.index);
}

/**
 * @example
 * summarizeReading({ title, text }, { sentences: 2 }, { nlp })
 * // { sentences: [{ text: 'The CSTO started pulling out…', paragraph: 1, index: 1 }, …] }
 */
export function summarizeReading(doc: SummaryInput, options: SummaryOptions, deps: SummarizeDeps): ReadingSummary {
  const analysis = doc.analysis ?? analyzeDocument(doc, deps);
  if (analysis.sentences.length === 0) return { sentences: [], reason: 'no_sentences' };
  const scored = scoreSentences(analysis.sentences, analysis.title);
  const picked = pickSentences(scored, options.sentences ?? DEFAULT_SENTENCES, options.maxWords ?? Infinity);
  if (picked.length === 0) return { sentences: [], reason: 'no_complete_sentences' };
  return { sentences: picked.map(({ sentence: s }) => ({ text: s.text, paragraph: s.paragraph, index: s.index })) };
}
