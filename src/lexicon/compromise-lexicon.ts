/**
 * compromise's lexicon: lower-cased words and phrases with their tags
 * ("paris": "City", "chris": "MaleName"). The bundled build carries it as a
 * JSON file (scripts/bundle.mjs): loading compromise itself takes 0.4-1 s per
 * thread, and only this table is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export type Lexicon = Record<string, string | string[]>;

interface CompromiseWorld {
  model: { one: { lexicon: Lexicon } };
}

export function compromiseLexicon(): Lexicon {
  const saved = fileURLToPath(new URL('./vendor/compromise-lexicon.json', import.meta.url));
  if (existsSync(saved)) return JSON.parse(readFileSync(saved, 'utf8')) as Lexicon;
  const compromise = createRequire(import.meta.url)('compromise') as { world: () => CompromiseWorld };
  return compromise.world().model.one.lexicon;
}
