/**
 * Proper names in a sentence's tokens, found by src/relate's `findNames`
 * (wink part-of-speech runs, sorted with compromise's lexicon, Title Case
 * headlines handled), and a loose match of one name against a sentence:
 * "Russia" meets "Russian", "Kazakhstan" meets "Kazakh", a person meets
 * their surname.
 */
import { findNames, type NameSpan } from '../relate/entities.js';
import type { NlpToolkit } from '../relate/nlp.js';
import type { ParsedText } from '../relate/parse.js';
import type { SplitToken } from '../summarize/sentences.js';

export function toParsed(tokens: readonly SplitToken[]): ParsedText {
  return {
    values: tokens.map((t) => t.value),
    normals: tokens.map((t) => t.normal),
    pos: tokens.map((t) => t.pos),
    lemmas: tokens.map((t) => t.lemma),
    stop: tokens.map((t) => t.stop),
    types: tokens.map((t) => t.type),
    spaces: tokens.map((t) => t.space),
    sentences: tokens.length > 0 ? [[0, tokens.length - 1]] : [],
    entities: [],
  };
}

export function namesIn(nlp: NlpToolkit, tokens: readonly SplitToken[]): NameSpan[] {
  return findNames(nlp, toParsed(tokens));
}

/** The part of a name that other spellings share: a person's surname, a place's stem ("russi", "kazak"). */
export function nameStem(name: NameSpan): string {
  const parts = name.key.split(/[\s-]+/u).filter(Boolean);
  const core = name.kind === 'person' ? parts[parts.length - 1]! : parts[0]!;
  return core.length > 5 ? core.slice(0, 5) : core;
}

/** Does a sentence (its `wordParts`) mention the name? */
export function mentions(stem: string, parts: readonly string[]): boolean {
  return parts.some((part) => part.startsWith(stem));
}

/** The words of a sentence's normal forms, hyphenated ones split ("Russian-led" -> "russian", "led"): what `mentions` looks a stem up in. */
export function wordParts(normals: readonly string[]): string[] {
  return normals.flatMap((n) => n.split('-'));
}

/**
 * Whether a reading writes a word as (part of) a name inside a sentence, where
 * a capital letter means a name: computed on first use, over every sentence.
 */
export function namedInsideSentences(nlp: NlpToolkit, sentences: readonly { tokens: readonly SplitToken[] }[]): (word: string) => boolean {
  let words: Set<string> | null = null;
  return (word) => {
    words ??= new Set(sentences.flatMap((s) => namesIn(nlp, s.tokens).filter((n) => n.tokens[0]! > 0).flatMap((n) => n.key.split(/[\s-]+/u))));
    return words.has(word);
  };
}
