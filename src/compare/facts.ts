/**
 * Short subject–verb–object facts around named entities: a name, the verb
 * right after it (auxiliaries and adverbs skipped), and the first noun or
 * name after the verb — "Tokayev asked … CSTO", "CSTO started pulling …
 * troops". Verbs of saying are left to quotes.
 */
import type { NlpToolkit } from '../relate/nlp.js';
import type { SplitToken } from '../summarize/sentences.js';
import { family, REPORTING } from './lexicon.js';
import { nameStem, namesIn } from './names.js';

export interface FactClaim {
  key: string;
  text: string;
}

const OBJECT_WINDOW = 6;

export function findFacts(nlp: NlpToolkit, tokens: readonly SplitToken[]): FactClaim[] {
  const out: FactClaim[] = [];
  for (const name of namesIn(nlp, tokens)) {
    let v = name.tokens[name.tokens.length - 1]! + 1;
    while (v < tokens.length && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'PART')) v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== 'VERB' || REPORTING.has(verb.normal)) continue;
    let o = v + 1;
    while (o < tokens.length && o <= v + OBJECT_WINDOW && tokens[o]!.pos !== 'NOUN' && tokens[o]!.pos !== 'PROPN') {
      if (tokens[o]!.pos === 'PUNCT' || tokens[o]!.pos === 'SCONJ') break;
      o++;
    }
    const object = tokens[o];
    if (!object || (object.pos !== 'NOUN' && object.pos !== 'PROPN')) continue;
    const first = name.tokens[0]!;
    const text = tokens.slice(first, o + 1).map((t, k) => (k === 0 ? '' : t.space) + t.value).join('');
    out.push({ key: `fact/${nameStem(name)}/${family(verb.lemma)}/${family(object.lemma)}`, text });
  }
  return out;
}
