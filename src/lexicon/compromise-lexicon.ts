/**
 * compromise's lexicon: lower-cased words and phrases with their tags
 * ("paris": "City", "chris": "MaleName"). The bundled build carries it as a
 * JSON file (scripts/bundle.mjs): loading compromise itself takes 0.4-1 s per
 * thread, and only this table is used.
 */
import { createRequire } from 'node:module';
import { vendoredJson } from './vendored.js';

export type Lexicon = Record<string, string | string[]>;

interface CompromiseWorld {
  model: { one: { lexicon: Lexicon } };
}

export function compromiseLexicon(): Lexicon {
  const saved = vendoredJson<Lexicon>('compromise-lexicon.json');
  if (saved) return saved;
  const compromise = createRequire(import.meta.url)('compromise') as { world: () => CompromiseWorld };
  return compromise.world().model.one.lexicon;
}
