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

/** How the paragraphs of a clean text are joined (extraction joins them so). */
export const PARAGRAPH_BREAK = '\n\n';

function isBreak(parsed: ParsedText, i: number): boolean {
  return parsed.types[i] === 'tabCRLF' && parsed.values[i] === PARAGRAPH_BREAK;
}

/**
 * Paragraphs (each without blank space at its ends) parsed in one pass and
 * cut at their breaks: one parse per paragraph, as if each were parsed alone.
 * wink lets no sentence, tag context or entity cross a blank line (checked on
 * 247 cleaned texts: the same tokens, tags, lemmas, sentences and entities
 * either way); should a parse not cut cleanly, each paragraph is parsed alone.
 */
export function parseParagraphs(nlp: NlpToolkit, paragraphs: readonly string[]): ParsedText[] {
  if (paragraphs.length === 1) return [parseText(nlp, paragraphs[0]!)];
  return cutAtBreaks(parseText(nlp, paragraphs.join(PARAGRAPH_BREAK)), paragraphs.length) ?? paragraphs.map((p) => parseText(nlp, p));
}

function cutAtBreaks(parsed: ParsedText, count: number): ParsedText[] | null {
  const breaks: number[] = [];
  for (let i = 0; i < parsed.types.length; i++) if (isBreak(parsed, i)) breaks.push(i);
  if (breaks.length !== count - 1) return null;
  // wink counts a break into the sentence before or after it; a paragraph's sentences hold its own tokens only.
  const sentences = parsed.sentences
    .map(([a, b]): [number, number] => [isBreak(parsed, a) ? a + 1 : a, isBreak(parsed, b) ? b - 1 : b])
    .filter(([a, b]) => a <= b);
  const pieces: ParsedText[] = [];
  let from = 0;
  for (let k = 0; k < count; k++) {
    const to = k < breaks.length ? breaks[k]! : parsed.values.length;
    const inside = (first: number, last: number): boolean => first >= from && last < to;
    const crosses = (first: number, last: number): boolean => first < to && last >= from && !inside(first, last);
    if (sentences.some(([a, b]) => crosses(a, b)) || parsed.entities.some((e) => crosses(e.first, e.last))) return null;
    pieces.push({
      values: parsed.values.slice(from, to),
      normals: parsed.normals.slice(from, to),
      pos: parsed.pos.slice(from, to),
      lemmas: parsed.lemmas.slice(from, to),
      stop: parsed.stop.slice(from, to),
      types: parsed.types.slice(from, to),
      spaces: parsed.spaces.slice(from, to),
      sentences: sentences.filter(([a, b]) => inside(a, b)).map(([a, b]) => [a - from, b - from]),
      entities: parsed.entities.filter((e) => inside(e.first, e.last)).map((e) => ({ ...e, first: e.first - from, last: e.last - from })),
    });
    from = to + 1;
  }
  return pieces;
}
