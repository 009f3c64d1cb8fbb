/**
 * What Readings knows of the words of a language other than English: its
 * Snowball stemmer (@orama/stemmers) and its stop words (@orama/stopwords,
 * Snowball's lists). English words get wink's lemmas and stop words; a word
 * of another language got wink's English ones: "Камчатки" and "Камчатка" were
 * two terms, "abstimmen" became "abstimman" (an English plural undone), and
 * "der", "die", "zu" were rare words two German readings shared in a library
 * of English ones. Each language is loaded when a reading in it first comes:
 * all 25 stemmers at once cost ~40 ms in every thread.
 */
import { dictionary, unspacedTerms } from '../domain/strings.js';
import { lazyModule } from './lazy-module.js';

export interface WordKit {
  /** The content terms of a text's lower-cased words, in order: stop words left out, the rest stemmed. */
  terms(words: readonly string[]): string[];
  stem(word: string): string;
}

/** The packages' module of each language, by ISO 639-1 code (Norwegian's written forms share one). */
const MODULES: Readonly<Record<string, string>> = dictionary([
  ['ar', 'arabic'], ['hy', 'armenian'], ['bg', 'bulgarian'], ['da', 'danish'], ['nl', 'dutch'], ['fi', 'finnish'],
  ['fr', 'french'], ['de', 'german'], ['el', 'greek'], ['hi', 'indian'], ['hu', 'hungarian'], ['id', 'indonesian'], ['ga', 'irish'],
  ['it', 'italian'], ['lt', 'lithuanian'], ['ne', 'nepali'], ['no', 'norwegian'], ['nb', 'norwegian'], ['nn', 'norwegian'],
  ['pt', 'portuguese'], ['ro', 'romanian'], ['ru', 'russian'], ['sr', 'serbian'], ['es', 'spanish'], ['sv', 'swedish'],
  ['ta', 'tamil'], ['tr', 'turkish'], ['uk', 'ukrainian'],
]);

const kits = new Map<string, WordKit>();

/** The word kit of a reading's language; null for English (wink reads it), an unknown language and one without a kit. */
export function wordKitFor(language: string | null | undefined): WordKit | null {
  const module = language ? MODULES[language] : undefined;
  if (!module) return null;
  let kit = kits.get(module);
  if (!kit) kits.set(module, (kit = loadKit(module)));
  return kit;
}

function loadKit(module: string): WordKit {
  const { stemmer } = lazyModule<{ stemmer: (word: string) => string }>(`@orama/stemmers/${module}`)();
  const stop = new Set(lazyModule<{ stopwords: string[] }>(`@orama/stopwords/${module}`)().stopwords);
  const stems = new Map<string, string>();
  const stem = (word: string): string => {
    let s = stems.get(word);
    if (s === undefined) {
      s = stemmer(word);
      // Words of a language recur: stems are kept, within bounds.
      if (stems.size < MAX_CACHED_STEMS) stems.set(word, s);
    }
    return s;
  };
  return {
    stem,
    terms(words) {
      const out: string[] = [];
      for (const w of words) {
        if (w.length < 2 || stop.has(w) || !/\p{L}/u.test(w)) continue;
        const pairs = unspacedTerms(w);
        if (pairs.length > 0) out.push(...pairs);
        else out.push(stem(w));
      }
      return out;
    },
  };
}

const MAX_CACHED_STEMS = 50_000;
