/**
 * `summarizeStoryWithLlm`: an abstractive story summary from a chat model,
 * every output sentence checked against the sources like an extractive one
 * (the readings with a sentence that says the same thing); a sentence no
 * reading supports is marked `unsupported`. When the endpoint fails, the
 * extractive summary comes back with a warning — never an error.
 *
 * Only `provider.complete` does I/O; the prompt and the checking are pure.
 */
import { analyzeDocument, type DocumentAnalysis } from '../analyze-document.js';
import { splitSentences } from '../sentences.js';
import { lazyFigures } from '../shared-figures.js';
import { countOutlets, findSupport, type SupportDocument } from '../support.js';
import { STORY_DEFAULTS, storyBudget, summarizeStory } from '../summarize-story.js';
import { contentTerms } from '../analyze-document.js';
import { wordKitFor } from '../../lexicon/word-kits.js';
import { inverseFrequencies, weigh } from '../vectors.js';
import type { StoryDocument, StorySummary, StorySummaryOptions, Support, SummarizeDeps } from '../types.js';
import type { ChatMessage, ChatProvider } from './chat-provider.js';

/** Characters of each reading sent to the model. */
const MAX_CHARS_PER_READING = 4000;

export interface CheckedSentence {
  text: string;
  supportedBy: Support[];
  /** No reading says it. */
  unsupported: boolean;
}

export interface LlmStorySummary {
  source: 'llm' | 'extractive';
  sentences: CheckedSentence[];
  /** The extractive summary, always computed: the fallback, and a comparison. */
  extractive: StorySummary;
  warning?: { code: string; message: string };
}

export interface LlmOptions extends StorySummaryOptions {
  timeoutMs?: number;
}

export function storyPrompt(docs: readonly StoryDocument[], maxWords: number): ChatMessage[] {
  const sources = docs.map((d, i) => `[${i + 1}] ${d.outlet ?? 'unknown outlet'}: ${d.title}\n${d.text.slice(0, MAX_CHARS_PER_READING)}`).join('\n\n');
  return [
    { role: 'system', content: 'You write neutral news roundups. Use only facts stated in the sources. No opinions, no markup.' },
    { role: 'user', content: `Summarize what these reports agree on in at most ${maxWords} words, as plain sentences.\n\n${sources}` },
  ];
}

/** The value most of the list holds (the first of equals), or null for an empty list. */
function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let top = 0;
  for (const [v, n] of counts) if (n > top) [best, top] = [v, n];
  return best;
}

/** Each sentence of the model's text with the readings that support it. */
export function checkAgainstSources(text: string, docs: readonly StoryDocument[], analyses: readonly DocumentAnalysis[], deps: SummarizeDeps, threshold: number): CheckedSentence[] {
  const sentences = splitSentences(deps.nlp, text.replace(/\n+/gu, ' '));
  // The model writes in the readings' language: its words are read as theirs were.
  const kit = wordKitFor(mostCommon(docs.map((d) => d.language ?? null)));
  const outputTerms = sentences.map((s) => contentTerms(s.tokens, kit));
  const idf = inverseFrequencies([...analyses.flatMap((a) => [...a.sentences.map((s) => s.terms), ...(a.title ? [a.title.terms] : [])]), ...outputTerms]);
  const supportDocs: SupportDocument[] = docs.map((doc, d) => ({
    id: doc.id,
    outlet: doc.outlet,
    units: [...analyses[d]!.sentences, ...(analyses[d]!.title ? [analyses[d]!.title] : [])].map((s) => ({ text: s.text, weighted: weigh(s.terms, idf), figures: lazyFigures(s.tokens) })),
  }));
  const nobody = { id: '', outlet: null };
  return sentences.map((s, i) => {
    const supportedBy = findSupport({ text: s.text, weighted: weigh(outputTerms[i]!, idf), figures: lazyFigures(s.tokens) }, nobody, supportDocs, threshold).slice(1);
    return { text: s.text, supportedBy, unsupported: supportedBy.length === 0 };
  });
}

export async function summarizeStoryWithLlm(docs: readonly StoryDocument[], provider: ChatProvider, options: LlmOptions, deps: SummarizeDeps): Promise<LlmStorySummary> {
  const analysed = docs.map((d) => ({ ...d, analysis: d.analysis ?? analyzeDocument(d, deps) }));
  const extractive = summarizeStory(analysed, options, deps);
  const fallback = (code: string, message: string): LlmStorySummary => ({
    source: 'extractive',
    sentences: extractive.sentences.map((s) => ({ text: s.text, supportedBy: s.supportedBy, unsupported: false })),
    extractive,
    warning: { code, message },
  });
  if (docs.length === 0) return fallback('no_documents', 'the story has no readings');
  let text: string;
  try {
    text = await provider.complete(storyPrompt(docs, options.maxWords ?? storyBudget(analysed.map((d) => d.analysis))), { timeoutMs: options.timeoutMs });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return fallback(typeof code === 'string' ? code : 'llm_failed', `LLM summary unavailable, extractive summary shown: ${(err as Error).message}`);
  }
  const sentences = checkAgainstSources(text, docs, analysed.map((d) => d.analysis), deps, options.supportThreshold ?? STORY_DEFAULTS.supportThreshold);
  if (sentences.length === 0) return fallback('llm_bad_response', 'the LLM answered no sentences; extractive summary shown');
  const unsupported = sentences.filter((s) => s.unsupported).length;
  return {
    source: 'llm',
    sentences,
    extractive,
    ...(unsupported > 0 ? { warning: { code: 'llm_unsupported_sentences', message: `${unsupported} of ${sentences.length} sentences are not supported by any reading (${countOutlets(docs.map((d) => ({ id: d.id, outlet: d.outlet })))} outlets checked)` } } : {}),
  };
}
