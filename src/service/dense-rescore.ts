import { blendScore, cosineSimilarity } from '../providers/embeddings.js';
import type { ScoredCandidate } from '../relate/find-similar.js';
import type { RelateStore } from '../store/relate-store.js';

/** The reading's own vector and the model it came from, when embeddings are configured. */
export interface DenseQuery {
  model: string;
  vector: Float32Array;
}

/** Candidates re-scored with the dense cosine blended in (those without a vector keep their lexical score). */
export function rescoreWithEmbeddings(scored: readonly ScoredCandidate[], store: RelateStore, query: DenseQuery | null): ScoredCandidate[] {
  if (!query || scored.length === 0) return [...scored];
  const vectors = store.embeddings(scored.map((c) => c.id), query.model);
  return scored
    .map((c) => {
      const v = vectors.get(c.id);
      return { ...c, score: blendScore(c.score, v ? cosineSimilarity(query.vector, v) : null) };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
