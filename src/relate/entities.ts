/**
 * Proper names from wink-nlp's part-of-speech tags (runs of PROPN tokens),
 * sorted into people, places and organisations with compromise's lexicon
 * (its gazetteer of names, places and organisations). Names the lexicon does
 * not know stay `name`: they still count as shared names, only unclassified.
 */
import type { NlpToolkit } from './nlp.js';
import type { ParsedText } from './parse.js';
import type { Entity, EntityKind } from './types.js';

const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place', 'Demonym'];
const ORG_TAGS = ['Organization', 'SportsTeam', 'Company'];
const CUE_TAGS = ['Honorific', 'Actor'];
/** Lexicon tags of ordinary words: in a Title Case headline, capitals do not make them names. */
const COMMON_TAGS = ['Singular', 'Plural', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Uncountable', 'Noun', 'Actor', 'Expression'];

export interface NameSpan {
  tokens: number[];
  name: string;
  key: string;
  kind: EntityKind;
}

function lookupKey(normal: string): string {
  return normal.replace(/\.$/u, '');
}

function hasAny(tags: readonly string[], wanted: readonly string[]): boolean {
  return tags.some((t) => wanted.includes(t));
}

/** What `isTitleCase` counts: longer content words, and how many of them are capitalised. */
export interface CaseCounts {
  words: number;
  capitals: number;
}

export function caseCounts(parsed: ParsedText): CaseCounts {
  let words = 0;
  let capitals = 0;
  parsed.values.forEach((value, i) => {
    if (parsed.types[i] !== 'word' || parsed.stop[i] || value.length < 4) return;
    words++;
    if (/^\p{Lu}/u.test(value)) capitals++;
  });
  return { words, capitals };
}

/** A headline written in Title Case: most longer content words capitalised. */
export function isTitleCase(parsed: ParsedText): boolean {
  return isTitleCaseCount(caseCounts(parsed));
}

export function isTitleCaseCount({ words, capitals }: CaseCounts): boolean {
  return words >= 3 && capitals / words >= 0.6;
}

function isNameToken(parsed: ParsedText, i: number, blocked: Uint8Array): boolean {
  return parsed.pos[i] === 'PROPN' && parsed.types[i] === 'word' && blocked[i] === 0 && /^[\p{Lu}\d]/u.test(parsed.values[i]!);
}

/** Runs of proper-noun tokens; "Kassym-Jomart" stays one name. */
function nameRuns(parsed: ParsedText, blocked: Uint8Array): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const n = parsed.values.length;
  for (let i = 0; i < n; i++) {
    if (isNameToken(parsed, i, blocked)) {
      run.push(i);
      continue;
    }
    const joiner = parsed.values[i] === '-' && run.length > 0 && parsed.spaces[i] === '' && i + 1 < n && parsed.spaces[i + 1] === '' && isNameToken(parsed, i + 1, blocked);
    if (joiner) continue;
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function classify(nlp: NlpToolkit, parsed: ParsedText, tokens: number[], key: string, cued: boolean): EntityKind {
  const whole = nlp.lexicon(key);
  if (hasAny(whole, ORG_TAGS)) return 'organisation';
  if (hasAny(whole, PLACE_TAGS)) return 'place';
  if (hasAny(whole, PERSON_TAGS)) return 'person';
  const tags = tokens.map((i) => nlp.lexicon(lookupKey(parsed.normals[i]!)));
  const before = tokens[0]! > 0 ? nlp.lexicon(lookupKey(parsed.normals[tokens[0]! - 1]!)) : [];
  if (tags.some((t) => hasAny(t, ORG_TAGS))) return 'organisation';
  if (tokens.length === 1 && hasAny(tags[0]!, PLACE_TAGS)) return 'place';
  if (cued || hasAny(before, CUE_TAGS)) return 'person';
  if (tags.some((t) => hasAny(t, ['FirstName', 'MaleName', 'FemaleName', 'Person']))) return 'person';
  if (hasAny(tags[tags.length - 1]!, ['LastName'])) return 'person';
  if (hasAny(tags[tags.length - 1]!, PLACE_TAGS)) return 'place';
  if (tokens.length === 1 && /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(parsed.values[tokens[0]!]!)) return 'organisation';
  return 'name';
}

function spanText(parsed: ParsedText, tokens: number[], field: 'values' | 'normals'): string {
  let text = '';
  tokens.forEach((i, k) => {
    const joined = k > 0 && tokens[k - 1] === i - 2 && parsed.values[i - 1] === '-';
    text += k === 0 ? parsed[field][i] : joined ? `-${parsed[field][i]}` : ` ${parsed[field][i]}`;
  });
  return text;
}

/**
 * The proper names of one parsed text, in order of appearance. `titleCase` is
 * whether the text around it is written in Title Case (by default: this text).
 */
export function findNames(nlp: NlpToolkit, parsed: ParsedText, titleCase = isTitleCase(parsed)): NameSpan[] {
  const blocked = new Uint8Array(parsed.values.length);
  for (const e of parsed.entities) for (let i = e.first; i <= e.last; i++) blocked[i] = 1;
  const spans: NameSpan[] = [];
  for (const run of nameRuns(parsed, blocked)) {
    // "Defense Minister Sergei Shoigu": the title before the name is a cue, not part of it.
    const lastCue = run.findLastIndex((i) => hasAny(nlp.lexicon(lookupKey(parsed.normals[i]!)), CUE_TAGS));
    const cued = lastCue >= 0 && lastCue < run.length - 1;
    const kept = run.slice(cued ? lastCue + 1 : 0);
    const drop = (i: number): boolean => hasAny(nlp.lexicon(lookupKey(parsed.normals[i]!)), ['Honorific', 'Month', 'WeekDay', 'Date']) || (titleCase && isCommonWord(nlp, parsed.normals[i]!));
    for (const tokens of splitAt(kept, drop)) {
      // A lone capitalised ordinary word ("Authorities" opening a sentence) is not a name.
      if (tokens.length === 1 && isCommonWord(nlp, parsed.normals[tokens[0]!]!)) continue;
      const key = lookupKey(spanText(parsed, tokens, 'normals'));
      if (key.length < 2) continue;
      spans.push({ tokens, name: spanText(parsed, tokens, 'values'), key, kind: classify(nlp, parsed, tokens, key, cued) });
    }
  }
  return spans;
}

/** The runs of `tokens` between the dropped ones. */
function splitAt(tokens: number[], drop: (i: number) => boolean): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (const i of tokens) {
    if (drop(i)) {
      if (cur.length > 0) out.push(cur);
      cur = [];
    } else cur.push(i);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function isCommonWord(nlp: NlpToolkit, normal: string): boolean {
  const tags = nlp.lexicon(lookupKey(normal));
  return hasAny(tags, COMMON_TAGS) && !hasAny(tags, [...PERSON_TAGS, ...PLACE_TAGS, ...ORG_TAGS, 'LastName']);
}

/** A name as `countEntities` reads it. */
export type Name = Pick<NameSpan, 'key' | 'name' | 'kind'>;

/** Merge the spans of title and body into counted entities, most frequent first. */
export function countEntities(spans: readonly Name[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const span of spans) {
    const known = byKey.get(span.key);
    if (known) {
      known.count++;
      if (known.kind === 'name' && span.kind !== 'name') known.kind = span.kind;
    } else byKey.set(span.key, { key: span.key, name: span.name, kind: span.kind, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** Matching keys of an entity: its full key, and a person's surname alone ("tokayev"). */
export function entityKeys(entity: Entity): string[] {
  if (entity.kind !== 'person') return [entity.key];
  const parts = entity.key.split(' ');
  return parts.length > 1 ? [entity.key, parts[parts.length - 1]!] : [entity.key];
}
