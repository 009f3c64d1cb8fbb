/**
 * What compromise's lexicon says of a word as part of a person's name: a
 * first name ("chris", "natasha", "rodrigo": ~3,200), another part of a name
 * ("davies", "clark"), or a word it knows as something else ("florida",
 * "trinity", "associated press"). A byline printed without its "By" is a line
 * of capitalised words like any other ("Dubai Airshow", "Enlarge Image");
 * one that opens with a first name reads as a person's.
 */
import { compromiseLexicon, type Lexicon } from './compromise-lexicon.js';
import { vendoredJson } from './vendored.js';

type WordKind = 'first' | 'name' | 'other';

/** The lexicon's words by kind: what scripts/bundle.mjs writes beside the bundle (258 KB, ~10 ms to load against ~70 for the whole lexicon). */
export type NameWords = Record<WordKind, string[]>;

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NAME_TAGS = new Set(['LastName', 'Person', 'Honorific']);

export function nameWordsOf(lexicon: Lexicon): NameWords {
  const out: NameWords = { first: [], name: [], other: [] };
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = typeof tags === 'string' ? [tags] : tags;
    out[list.some((t) => FIRST_NAME_TAGS.has(t)) ? 'first' : list.some((t) => NAME_TAGS.has(t)) ? 'name' : 'other'].push(word);
  }
  return out;
}

// Built on first use and kept (the lexicon is constant): every text dump
// without a "By" line asks, in every extraction thread.
let kinds: ReadonlyMap<string, WordKind> | undefined;

function wordKinds(): ReadonlyMap<string, WordKind> {
  if (!kinds) {
    const words = vendoredJson<NameWords>('name-words.json') ?? nameWordsOf(compromiseLexicon());
    const map = new Map<string, WordKind>();
    for (const kind of ['first', 'name', 'other'] as const) for (const w of words[kind]) map.set(w, kind);
    kinds = map;
  }
  return kinds;
}

/** The lexicon's kind of a word or phrase, lower-cased, with or without its accents. */
function kindOf(words: string): WordKind | undefined {
  const lower = words.toLowerCase();
  return wordKinds().get(lower) ?? wordKinds().get(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}

export const isFirstName = (word: string): boolean => kindOf(word) === 'first';

/** A word or phrase the lexicon knows, and not as a part of a person's name. */
export const isOtherThanName = (words: string): boolean => kindOf(words) === 'other';
