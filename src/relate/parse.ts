/**
 * One pass of wink-nlp over a text, flattened into plain arrays so the rest
 * of `analyze` never touches the library's document objects.
 */
import type { NlpToolkit } from './nlp.js';

export interface ParsedText {
  values: string[];
  /** Lower-cased, British spellings mapped to American ones. */
  normals: string[];
  pos: string[];
  /** Lower-cased lemmas ("peacekeepers" -> "peacekeeper", "said" -> "say"). */
  lemmas: string[];
  stop: boolean[];
  /** wink token types: word, number, punctuation, currency, symbol, ordinal, url, email, ... */
  types: string[];
  /** Whitespace before each token. */
  spaces: string[];
  /** Token index ranges [first, last] of the sentences. */
  sentences: [number, number][];
  /** Number/date entities wink recognises, with their token ranges. */
  entities: { value: string; type: string; first: number; last: number }[];
}

export function parseText(nlp: NlpToolkit, text: string): ParsedText {
  const its = nlp.wink.its;
  const doc = nlp.wink.readDoc(text);
  const tokens = doc.tokens();
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  return {
    values: tokens.out(its.value) as string[],
    normals: tokens.out(its.normal) as string[],
    pos: tokens.out(its.pos) as string[],
    lemmas: (tokens.out(its.lemma as unknown as typeof its.value) as string[]).map((l) => l.toLowerCase()),
    stop: tokens.out(its.stopWordFlag) as unknown as boolean[],
    types: tokens.out(its.type) as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
    entities: details.map((d, i) => ({ value: d.value, type: d.type, first: spans[i]![0], last: spans[i]![1] })),
  };
}
