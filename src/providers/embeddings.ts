/**
 * Optional dense representations of readings. The built-in representation
 * (lexical terms, names, numbers: src/relate) is the default and needs
 * nothing; when an OpenAI-compatible embeddings endpoint is configured
 * (`POST {baseUrl}/embeddings`, e.g. Ollama with nomic-embed-text), its
 * vectors are blended into the similarity of candidates.
 */
import { LlmError, postOpenAiJson, type OpenAiEndpoint } from './openai-http.js';

export interface EmbeddingProvider {
  /** Names the model, so vectors of another model are never compared. */
  readonly model: string;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

interface EmbeddingsBody {
  data?: { embedding?: unknown; index?: number }[];
}

export function createOpenAiEmbeddings(endpoint: OpenAiEndpoint): EmbeddingProvider {
  return {
    model: endpoint.model,
    async embed(texts) {
      const parsed = (await postOpenAiJson(endpoint, 'embeddings', { model: endpoint.model, input: texts })) as EmbeddingsBody;
      const data = parsed.data ?? [];
      if (data.length !== texts.length) throw new LlmError('llm_bad_response', `${endpoint.baseUrl} answered ${data.length} embeddings for ${texts.length} texts`);
      return [...data]
        .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
        .map((d) => {
          if (!Array.isArray(d.embedding) || !d.embedding.every((x) => typeof x === 'number')) throw new LlmError('llm_bad_response', `${endpoint.baseUrl} answered an embedding that is not a list of numbers`);
          return Float32Array.from(d.embedding as number[]);
        });
    },
  };
}

/** The text a reading is embedded from: its title and the start of its body. */
export function embeddingText(title: string, text: string): string {
  return `${title}\n\n${text.slice(0, 2000)}`;
}

export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Weight of the dense cosine in a blended score; the lexical score keeps the rest. */
export const EMBEDDING_WEIGHT = 0.5;

/** Lexical score blended with the dense cosine (negative cosines count as 0). */
export function blendScore(lexical: number, dense: number | null): number {
  return dense === null ? lexical : (1 - EMBEDDING_WEIGHT) * lexical + EMBEDDING_WEIGHT * Math.max(0, dense);
}
