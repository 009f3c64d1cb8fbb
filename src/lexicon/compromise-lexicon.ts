/**
 * compromise's lexicon: lower-cased words and phrases with their tags
 * ("paris": "City", "chris": "MaleName"). Loading compromise itself takes
 * 0.4-1 s per thread, and only this table is used: the bundled build carries
 * it as a JSON file (scripts/bundle.mjs) in the compact form below.
 */
import { createRequire } from 'node:module';
import { vendoredJson } from './vendored.js';

export type Lexicon = Record<string, string | string[]>;

/**
 * The lexicon as its few dozen distinct tag lists, and for each the words
 * that carry it, one per line: parsed and made a Map in ~11 ms, where the
 * word -> tags object took ~100 ms (parsing 24,612 keys, then walking them).
 */
export interface CompactLexicon {
  lists: string[][];
  words: string[];
}

/** A word's tag list by its index into `lists`. */
export interface LexiconTable {
  lists: readonly (readonly string[])[];
  idOf: ReadonlyMap<string, number>;
}

interface CompromiseWorld {
  model: { one: { lexicon: Lexicon } };
}

/** The lexicon from the compromise package (the sources' way; the bundle reads its JSON table instead). */
export function compromiseLexicon(): Lexicon {
  const compromise = createRequire(import.meta.url)('compromise') as { world: () => CompromiseWorld };
  return compromise.world().model.one.lexicon;
}

export function compactLexicon(lexicon: Lexicon): CompactLexicon {
  const lists: string[][] = [];
  const words: string[][] = [];
  const listIds = new Map<string, number>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = typeof tags === 'string' ? [tags] : tags;
    const key = list.join('\u0000');
    let id = listIds.get(key);
    if (id === undefined) {
      id = lists.length;
      listIds.set(key, id);
      lists.push([...list]);
      words.push([]);
    }
    words[id]!.push(word);
  }
  return { lists, words: words.map((w) => w.join('\n')) };
}

export function lexiconTable(): LexiconTable {
  const compact = vendoredJson<CompactLexicon>('compromise-lexicon.json') ?? compactLexicon(compromiseLexicon());
  const idOf = new Map<string, number>();
  compact.words.forEach((line, id) => {
    for (const word of line.split('\n')) idOf.set(word, id);
  });
  return { lists: compact.lists.map((l) => Object.freeze(l)), idOf };
}
