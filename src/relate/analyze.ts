/**
 * `analyze`: a reading in, its relate features out (terms, names, numbers,
 * dates, a MinHash signature and sentence sketches). Pure; the NLP toolkit
 * is passed in.
 */
import { countEntities, findNames } from './entities.js';
import { minhashSignature } from './minhash.js';
import type { NlpToolkit } from './nlp.js';
import { findNumbersAndDates } from './numbers.js';
import { parseText, type ParsedText } from './parse.js';
import { publishedDay } from './day.js';
import { sentenceSketch } from './sketch.js';
import type { Features, RelateInput } from './types.js';

/** 2: a body that opens with the title no longer counts the title twice. */
export const FEATURES_VERSION = 2;
/** Most frequent terms kept per reading: bounds the stored size of long articles. */
const MAX_TERMS = 300;
/** Below this many body words, the title joins the near-duplicate signature. */
const SHORT_BODY = 25;

export interface AnalyzeDeps {
  nlp: NlpToolkit;
}

function isContent(parsed: ParsedText, i: number): boolean {
  if (parsed.types[i] !== 'word' || parsed.stop[i]) return false;
  const pos = parsed.pos[i];
  if (pos === 'PUNCT' || pos === 'SYM' || pos === 'NUM' || pos === 'PART') return false;
  const normal = parsed.normals[i]!;
  return normal.length >= 2 && /\p{L}/u.test(normal);
}

function termOf(parsed: ParsedText, i: number): string {
  return parsed.lemmas[i]!.replace(/\.$/u, '').replace(/['’]s$/u, '');
}

function contentTerms(parsed: ParsedText, first = 0, last = parsed.values.length - 1): string[] {
  const out: string[] = [];
  for (let i = first; i <= last; i++) if (isContent(parsed, i)) out.push(termOf(parsed, i));
  return out;
}

function words(parsed: ParsedText): string[] {
  const out: string[] = [];
  parsed.types.forEach((type, i) => {
    if (type === 'word' || type === 'number') out.push(parsed.normals[i]!);
  });
  return out;
}

function countTerms(terms: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const s of terms) counts.set(s, (counts.get(s) ?? 0) + 1);
  const kept = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
  return Object.fromEntries(kept);
}

function sketches(parsed: ParsedText): string[] {
  const out: string[] = [];
  for (const [first, last] of parsed.sentences) {
    const terms = contentTerms(parsed, first, last);
    for (let i = first; i <= last; i++) if (parsed.types[i] === 'number') terms.push(parsed.normals[i]!.replace(/,/gu, ''));
    if (terms.length >= 4) out.push(sentenceSketch(terms));
  }
  return out;
}

/**
 * The text without a leading copy of the title (a headline stored as its own
 * text, an extraction or feed entry that opens with the headline line), so
 * that the title's words count once, as in a reading that has a body apart.
 * The copy must end where the title does: at the end, a line break or a
 * sentence's end, not halfway through a first sentence that begins the same.
 */
export function bodyAfterTitle(text: string, title: string): string {
  const words = title.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return text;
  // Word by word rather than one regular expression built per title: compiling
  // it cost more than the rest of a headline's analysis.
  let at = skipSpace(text, 0);
  for (const [i, word] of words.entries()) {
    if (i > 0) {
      const next = skipSpace(text, at);
      if (next === at) return text;
      at = next;
    }
    if (text.slice(at, at + word.length).toLowerCase() !== word.toLowerCase()) return text;
    at += word.length;
  }
  const titleEnded = /[.!?:]$/u.test(words[words.length - 1]!);
  const end = (titleEnded ? /^(?:\s*$|[ \t]*(?:\r?\n|[.!?:]\s)|\s)/u : /^(?:\s*$|[ \t]*(?:\r?\n|[.!?:]\s))/u).exec(text.slice(at));
  return end ? text.slice(at + end[0].length) : text;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

export function analyze(doc: RelateInput, deps: AnalyzeDeps): Features {
  const { nlp } = deps;
  const title = parseText(nlp, doc.title);
  const body = parseText(nlp, bodyAfterTitle(doc.text, doc.title));
  const titleTerms = contentTerms(title);
  const bodyWords = words(body);
  const titleFacts = findNumbersAndDates(nlp, title);
  const bodyFacts = findNumbersAndDates(nlp, body);
  return {
    version: FEATURES_VERSION,
    day: publishedDay(doc.publishedAt),
    outlet: doc.outlet,
    title: doc.title,
    words: words(title).length + bodyWords.length,
    terms: countTerms([...titleTerms, ...contentTerms(body)]),
    titleTerms: [...new Set(titleTerms)],
    entities: countEntities([...findNames(nlp, title), ...findNames(nlp, body)]),
    numbers: [...new Set([...titleFacts.numbers, ...bodyFacts.numbers])],
    dates: [...new Set([...titleFacts.dates, ...bodyFacts.dates])],
    signature: minhashSignature(bodyWords.length >= SHORT_BODY ? bodyWords : [...words(title), ...bodyWords]),
    sentences: bodyWords.length > 0 ? sketches(body) : sketches(title),
  };
}
