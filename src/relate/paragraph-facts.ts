/**
 * The facts of a body, paragraph by paragraph, each paragraph analysed once
 * per cache: syndicated wire copy, an article re-published with an edit or
 * carried by several feeds repeats most of its paragraphs, and parsing them is
 * most of an analysis. The result is the same whatever the cache holds: the
 * facts of a text are its paragraphs' facts in order (text-facts.ts), and a
 * paragraph parses the same alone as inside its text (parse.ts).
 */
import { findNames, isTitleCaseCount, type Name } from './entities.js';
import { decodeUint32, encodeUint32 } from './hash.js';
import { shingleMinima } from './minhash.js';
import type { NlpToolkit } from './nlp.js';
import { PARAGRAPH_BREAK, parseParagraphs, parseText, type ParsedText } from './parse.js';
import { joinFacts, namesOf, textFacts, type TextFacts } from './text-facts.js';
import type { EntityKind } from './types.js';

/** Paragraph facts kept between analyses by their owner (one per thread), encoded as one string each. */
export interface ParagraphCache {
  get(paragraph: string): string | undefined;
  set(paragraph: string, facts: string): void;
}

function isBare(paragraph: string): boolean {
  return paragraph.length > 0 && !/^\s|\s$/u.test(paragraph);
}

/** A paragraph's facts, its names as in running text; as in a Title Case text once a body needed them. */
interface Paragraph {
  facts: TextFacts;
  /** Its words' MinHash minima (minhash.ts `shingleMinima`). */
  minima: Uint32Array;
  titleCaseNames?: Name[];
}

/** A body's facts; `runs` (its paragraphs' word counts and MinHash minima) when it was read paragraph by paragraph. */
export interface BodyFacts extends TextFacts {
  runs: { length: number; minima: Uint32Array }[] | null;
}

export function bodyFacts(nlp: NlpToolkit, text: string, cache: ParagraphCache | undefined): BodyFacts {
  const paragraphs = text.split(PARAGRAPH_BREAK);
  if (!cache || paragraphs.length < 2 || !paragraphs.every(isBare)) return { ...textFacts(nlp, parseText(nlp, text)), runs: null };
  const known = new Map<string, Paragraph>();
  for (const p of paragraphs) {
    const hit = known.has(p) ? undefined : cache.get(p);
    if (hit !== undefined) known.set(p, decodeParagraph(hit));
  }
  const parsedNow = new Map<string, ParsedText>();
  const missing = [...new Set(paragraphs.filter((p) => !known.has(p)))];
  parseParagraphs(nlp, missing).forEach((parsed, k) => {
    parsedNow.set(missing[k]!, parsed);
    const facts = textFacts(nlp, parsed, false);
    known.set(missing[k]!, { facts, minima: shingleMinima(facts.words) });
  });
  const read = paragraphs.map((p) => known.get(p)!);
  const facts: BodyFacts = { ...joinFacts(read.map((p) => p.facts)), runs: read.map((p) => ({ length: p.facts.words.length, minima: p.minima })) };
  if (isTitleCaseCount(facts.cases)) {
    // Names follow the case of the whole body; a paragraph's names in either case depend on it alone.
    const lacking = [...new Set(paragraphs.filter((p) => !known.get(p)!.titleCaseNames && !parsedNow.has(p)))];
    parseParagraphs(nlp, lacking).forEach((parsed, k) => parsedNow.set(lacking[k]!, parsed));
    for (const [p, parsed] of parsedNow) known.get(p)!.titleCaseNames ??= namesOf(findNames(nlp, parsed, true));
    facts.names = paragraphs.flatMap((p) => known.get(p)!.titleCaseNames!);
  }
  for (const p of parsedNow.keys()) {
    const encoded = encodeParagraph(known.get(p)!);
    if (encoded !== null) cache.set(p, encoded);
  }
  return facts;
}

// Control characters no clean text holds: a field's items and the fields.
const ITEM = '\u0001';
const FIELD = '\u0002';

/** One string per paragraph: the garbage collector marks it at no cost, where the lists it holds are a hundred objects. */
function encodeParagraph({ facts: f, minima, titleCaseNames }: Paragraph): string | null {
  const names = (list: readonly Name[]): string => list.map((n) => `${n.key}${ITEM}${n.name}${ITEM}${n.kind}`).join(ITEM);
  const fields = [f.terms.join(ITEM), f.words.join(ITEM), names(f.names), f.numbers.join(ITEM), f.dates.join(ITEM), f.sketches.join(ITEM), `${f.cases.words}${ITEM}${f.cases.capitals}`, encodeUint32(minima)];
  if (titleCaseNames) fields.push(names(titleCaseNames));
  return hasSeparator(f, titleCaseNames ?? []) ? null : fields.join(FIELD);
}

function hasSeparator(f: TextFacts, titleCaseNames: readonly Name[]): boolean {
  const lists = [f.terms, f.words, f.numbers, f.dates, f.sketches, [...f.names, ...titleCaseNames].flatMap((n) => [n.key, n.name])];
  return lists.some((list) => list.some((s) => s === '' || s.includes(ITEM) || s.includes(FIELD)));
}

function decodeNames(items: readonly string[]): Name[] {
  const out: Name[] = [];
  for (let i = 0; i + 2 < items.length; i += 3) out.push({ key: items[i]!, name: items[i + 1]!, kind: items[i + 2] as EntityKind });
  return out;
}

function decodeParagraph(encoded: string): Paragraph {
  const fields = encoded.split(FIELD);
  const [terms, words, names, numbers, dates, sketches, cases, , titleCaseNames] = fields.map((s) => (s === '' ? [] : s.split(ITEM)));
  return {
    facts: { terms: terms!, words: words!, names: decodeNames(names!), numbers: numbers!, dates: dates!, sketches: sketches!, cases: { words: Number(cases![0]), capitals: Number(cases![1]) } },
    minima: decodeUint32(fields[7]!),
    ...(titleCaseNames ? { titleCaseNames: decodeNames(titleCaseNames) } : {}),
  };
}
