/**
 * What compromise's lexicon says of a word as part of a person's name: a
 * first name ("chris", "natasha", "rodrigo": ~3,200), another part of a name
 * ("davies", "clark"), or a word it knows as something else ("florida",
 * "trinity", "associated press"). A byline printed without its "By" is a line
 * of capitalised words like any other ("Dubai Airshow", "Enlarge Image");
 * one that opens with a first name reads as a person's.
 */
import { compromiseLexicon } from './compromise-lexicon.js';

type WordKind = 'first' | 'name' | 'other';

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NAME_TAGS = new Set(['LastName', 'Person', 'Honorific']);

let kinds: ReadonlyMap<string, WordKind> | undefined;

// Built on first use and kept (the lexicon is constant): most texts never ask, and reading it costs a few milliseconds.
function wordKinds(): ReadonlyMap<string, WordKind> {
  if (!kinds) {
    const found = new Map<string, WordKind>();
    for (const [word, tags] of Object.entries(compromiseLexicon())) {
      const list = typeof tags === 'string' ? [tags] : tags;
      found.set(word, list.some((t) => FIRST_NAME_TAGS.has(t)) ? 'first' : list.some((t) => NAME_TAGS.has(t)) ? 'name' : 'other');
    }
    kinds = found;
  }
  return kinds;
}

function kindOf(word: string): WordKind | undefined {
  const lower = word.toLowerCase();
  return wordKinds().get(lower) ?? wordKinds().get(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}

export const isFirstName = (word: string): boolean => kindOf(word) === 'first';

/** A word or phrase the lexicon knows, and not as a part of a person's name. */
export const isOtherThanName = (words: string): boolean => kindOf(words) === 'other';
