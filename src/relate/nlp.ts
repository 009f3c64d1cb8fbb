/**
 * The NLP toolkit `analyze` is given: wink-nlp (tokens, part of speech,
 * sentences, Porter stems, stop-words, number/date entities) and the
 * compromise lexicon (a gazetteer of first/last names, places and
 * organisations) to tell what kind of proper name a span is.
 *
 * wink-nlp tags ~300k tokens/s; compromise's own tagger is ~20x slower
 * (35k headlines take ~25 s), so only its lexicon is used.
 * Create it once per process and pass it in: loading the model takes ~100 ms.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { lexiconTable, type LexiconTable } from '../lexicon/compromise-lexicon.js';

export type WinkNlp = ReturnType<typeof winkNLP>;

export interface NlpToolkit {
  readonly wink: WinkNlp;
  /**
   * The same without the entity recogniser, for readers of sentences, parts of
   * speech and lemmas only (summaries): a third less time per text, and the
   * same tokens, tags, lemmas and sentences (checked on the 121 extraction
   * truths, 114k tokens).
   */
  readonly plain: WinkNlp;
  /** Lexicon tags of a lower-cased word or phrase (empty when unknown). */
  lexicon: (word: string) => readonly string[];
  /** The Porter2 stem of a lower-cased word ("expectations", "expected" -> "expect"), by the model's own stemmer. */
  stem: (word: string) => string;
}

export function createNlp(): NlpToolkit {
  // Each instance is made on first use (~150 ms each): relate analysis reads
  // `wink`, summaries and comparisons `plain`, and a thread often does one only.
  // Sentences, part of speech (with lemmas) and number/date entities only:
  // negation and sentiment are not read anywhere, and skipping them saves ~5 %
  // of an analysis with identical features.
  let wink: WinkNlp | undefined;
  let plain: WinkNlp | undefined;
  return {
    get wink() {
      return (wink ??= winkNLP(model, ['sbd', 'pos', 'ner']));
    },
    get plain() {
      return (plain ??= winkNLP(model, ['sbd', 'pos']));
    },
    lexicon: lexiconLookup(lexiconTable()),
    stem: stemmer(),
  };
}

/**
 * The model's stemmer (what wink's `its.stem` reads a token with), called on a
 * word alone and cached: reading each word as a document to stem it costs
 * ~1,000x more. Words as they are if the model had none.
 */
function stemmer(): (word: string) => string {
  const stem = model.addons?.stem;
  if (typeof stem !== 'function') return (word) => word;
  const cache = new Map<string, string>();
  return (word) => {
    let out = cache.get(word);
    if (out === undefined) {
      out = String((stem as (w: string) => unknown)(word));
      if (cache.size < 100_000) cache.set(word, out);
    }
    return out;
  };
}

/**
 * Lookups in the lexicon through a Map of word -> one of its few dozen
 * distinct tag lists. Indexing a parsed JSON object instead found the
 * object's own prototype for "constructor" or "toString" (and analysis of a
 * Title Case headline holding one of them threw), and the object took ~9 MB of
 * every analysing thread's heap for a 0.6 MB file; this takes ~2 MB.
 */
function lexiconLookup(table: LexiconTable): (word: string) => readonly string[] {
  const none: readonly string[] = [];
  const { lists, idOf } = table;
  return (word) => {
    const id = idOf.get(word);
    return id === undefined ? none : lists[id]!;
  };
}
