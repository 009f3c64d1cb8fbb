/**
 * What `analyze` reads of a parsed text, in reading order: content terms,
 * words, proper names, numbers and dates, sentence sketches. Each is a list
 * over the text's tokens or sentences, so the facts of a text made of
 * paragraphs are its paragraphs' facts one after the other.
 */
import { otherScriptTerms } from '../domain/strings.js';
import { caseCounts, findNames, type CaseCounts, type Name, type NameSpan } from './entities.js';
import type { NlpToolkit } from './nlp.js';
import { findNumbersAndDates } from './numbers.js';
import type { ParsedText } from './parse.js';
import { sentenceSketch } from './sketch.js';

export interface TextFacts {
  /** Lemmas of content words. */
  terms: string[];
  /** Lower-cased words and numbers. */
  words: string[];
  names: Name[];
  numbers: string[];
  dates: string[];
  /** One sketch per sentence of four terms or more. */
  sketches: string[];
  /** Whether the text is in Title Case follows from these counts. */
  cases: CaseCounts;
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
  for (let i = first; i <= last; i++) {
    if (isContent(parsed, i)) out.push(termOf(parsed, i));
    // Words of scripts wink has no model for: without them a Russian or a Japanese article was known by its numbers alone.
    else if (parsed.types[i] === 'unk') out.push(...otherScriptTerms(parsed.values[i]!));
  }
  return out;
}

function words(parsed: ParsedText): string[] {
  const out: string[] = [];
  parsed.types.forEach((type, i) => {
    if (type === 'word' || type === 'number') out.push(parsed.normals[i]!);
    else if (type === 'unk') out.push(...otherScriptTerms(parsed.values[i]!));
  });
  return out;
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

export function namesOf(spans: readonly NameSpan[]): Name[] {
  return spans.map(({ key, name, kind }) => ({ key, name, kind }));
}

/** The facts of one parsed text; `titleCase` as in `findNames`. */
export function textFacts(nlp: NlpToolkit, parsed: ParsedText, titleCase?: boolean): TextFacts {
  const { numbers, dates } = findNumbersAndDates(nlp, parsed);
  return {
    terms: contentTerms(parsed),
    words: words(parsed),
    names: namesOf(findNames(nlp, parsed, titleCase)),
    numbers,
    dates,
    sketches: sketches(parsed),
    cases: caseCounts(parsed),
  };
}

/** The facts of consecutive paragraphs, as one text's. */
export function joinFacts(parts: readonly TextFacts[]): TextFacts {
  const out: TextFacts = { terms: [], words: [], names: [], numbers: [], dates: [], sketches: [], cases: { words: 0, capitals: 0 } };
  for (const p of parts) {
    append(out.terms, p.terms);
    append(out.words, p.words);
    append(out.names, p.names);
    append(out.numbers, p.numbers);
    append(out.dates, p.dates);
    append(out.sketches, p.sketches);
    out.cases.words += p.cases.words;
    out.cases.capitals += p.cases.capitals;
  }
  return out;
}

// Not push(...from): a long text's word list is more arguments than a call takes.
function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}
