/**
 * Whether a line is about the same thing as the body: the share of its
 * content words (not function words, at least 3 letters) that the main
 * region also uses.
 */
import { charClass, isUnspaced, LETTER, NUMBER } from './chars.js';

const STOPWORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has him his how its may new now old see two who did get let put say she too use that with have this will your from they know want been good much some time very when come here just like long make many more only over such take than them well were what into most also after which their there would about could other these those where while being under since said says does should then because through before between against during without within upon onto across among into off per via yet nor both each few own same so thus ' +
    'der die das und ist nicht mit sich des auf für als auch eine einer eines dem den zum zur bei nach von vom aus wie über noch nur oder aber wenn ' +
    'les des une est pas pour que qui dans par sur avec sont mais plus ses leur aux ont été ' +
    'los las del una por con para que como más pero sus fue han ' +
    'che per con non una della delle degli sono alla nel nella come anche più ' +
    'это как что для его она они был была были уже или при так все'
  ).split(' '),
);

/** The content words of a text, lower-cased: runs of a letter then letters, digits or "_" (one pass, no regex). */
export function contentWords(text: string): string[] {
  return lowerContentWords(text.toLowerCase());
}

/** contentWords of a text already lower-cased. */
function lowerContentWords(lower: string): string[] {
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (wordClass(lower, i) !== LETTER_START) {
      i += codeWidth(lower, i);
      continue;
    }
    const start = i;
    let unspaced = false;
    do {
      if (lower.charCodeAt(i) > 127 && isUnspaced(lower.charCodeAt(i))) unspaced = true;
      i += codeWidth(lower, i);
    } while (i < n && wordClass(lower, i) !== NOT_WORD);
    const w = lower.slice(start, i);
    if (unspaced) {
      // Scripts written without spaces: character bigrams stand in for words.
      for (let k = 0; k + 1 < w.length; k++) out.push(w.slice(k, k + 2));
    } else if (w.length >= 3 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

const NOT_WORD = 0;
const LETTER_START = 1;
const WORD_ONLY = 2;

/** At i: a letter (starts or continues a word), a digit or "_" (continues one), or neither. ASCII without a table. */
function wordClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER_START;
    return (c >= 48 && c <= 57) || c === 95 ? WORD_ONLY : NOT_WORD;
  }
  const bits = classAt(text, i, codeWidth(text, i));
  return bits & LETTER ? LETTER_START : bits & NUMBER ? WORD_ONLY : NOT_WORD;
}

/** 2 at a surrogate pair, else 1. */
function codeWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

const ASTRAL_LETTER_RE = /^\p{L}$/u;
const ASTRAL_NUMBER_RE = /^\p{N}$/u;

/** LETTER and NUMBER bits of the code point at i (a pair is tested as one character, as a u-flag regex reads it). */
function classAt(text: string, i: number, width: number): number {
  if (width === 1) return charClass(text.charCodeAt(i));
  const pair = text.slice(i, i + 2);
  return (ASTRAL_LETTER_RE.test(pair) ? LETTER : 0) | (ASTRAL_NUMBER_RE.test(pair) ? NUMBER : 0);
}

/** The content words of line i of a document, computed at most once. */
export type WordsOf = (i: number) => readonly string[];

/** A per-document cache of the content words of its lines, from the lines lower-cased. */
export function wordsCache(lowered: readonly string[]): WordsOf {
  const cache: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(lowered.length);
  return (i) => (cache[i] ??= lowerContentWords(lowered[i]!));
}

/** Counts of content words over some lines. */
export function termCounts(indexes: Iterable<number>, wordsOf: WordsOf): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of indexes) for (const w of wordsOf(i)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Share of a line's content words found in `counts`, after removing the
 * line's own contribution when `selfIncluded` (so a line never overlaps with
 * itself). Null when the line has no content words.
 */
export function overlap(words: readonly string[], counts: ReadonlyMap<string, number>, selfIncluded: boolean): number | null {
  if (words.length === 0) return null;
  const own = new Map<string, number>();
  if (selfIncluded) for (const w of words) own.set(w, (own.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of words) if ((counts.get(w) ?? 0) - (own.get(w) ?? 0) > 0) hit++;
  return hit / words.length;
}
