/**
 * Snowball stemmers of the languages other than English that readings come
 * in (@orama/stemmers). English words get wink's lemmas; a word of another
 * language got nothing, so "Камчатки" and "Камчатка", "Strompreise" and
 * "Strompreis" were two terms apiece and two reports of one event shared few
 * words. Each is loaded when a reading in its language first comes: all 25
 * took ~40 ms to load in every thread, for readings that are mostly English.
 */
import { dictionary } from '../domain/strings.js';
import { lazyModule } from './lazy-module.js';

export type Stemmer = (word: string) => string;

/** The package's module of each language, by ISO 639-1 code (Norwegian's written forms share one). */
const MODULES: Readonly<Record<string, string>> = dictionary([
  ['ar', 'arabic'], ['hy', 'armenian'], ['bg', 'bulgarian'], ['da', 'danish'], ['nl', 'dutch'], ['fi', 'finnish'],
  ['fr', 'french'], ['de', 'german'], ['el', 'greek'], ['hu', 'hungarian'], ['id', 'indonesian'], ['ga', 'irish'],
  ['it', 'italian'], ['lt', 'lithuanian'], ['ne', 'nepali'], ['no', 'norwegian'], ['nb', 'norwegian'], ['nn', 'norwegian'],
  ['pt', 'portuguese'], ['ro', 'romanian'], ['ru', 'russian'], ['sr', 'serbian'], ['es', 'spanish'], ['sv', 'swedish'],
  ['ta', 'tamil'], ['tr', 'turkish'], ['uk', 'ukrainian'],
]);

const loaders = new Map<string, () => { stemmer: Stemmer }>();

/**
 * The stemmer of a reading's language, for its lower-cased words; null for
 * English (wink lemmatizes it), an unknown language and one without a stemmer.
 */
export function stemmerFor(language: string | null | undefined): Stemmer | null {
  const module = language ? MODULES[language] : undefined;
  if (!module) return null;
  let load = loaders.get(module);
  if (!load) loaders.set(module, (load = lazyModule<{ stemmer: Stemmer }>(`@orama/stemmers/${module}`)));
  return load().stemmer;
}
