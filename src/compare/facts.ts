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
/** Words of a compound object after its first. */
const COMPOUND_TOKENS = 3;

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
    // The claim reads to the end of the object's name or compound ("Overturn Bush Endangered Species Ruling", not "Overturn Bush").
    let end = o;
    while (end < o + COMPOUND_TOKENS && inCompound(tokens[end + 1])) end++;
    const first = name.tokens[0]!;
    const text = tokens.slice(first, end + 1).map((t, k) => (k === 0 ? '' : t.space) + t.value).join('');
    out.push({ key: `fact/${nameStem(name)}/${family(verb.lemma)}/${family(object.lemma)}`, text });
  }
  return out;
}

/** A noun or a name, or a capitalised word of a name a Title Case headline writes ("Bush Endangered Species Rule"). */
function inCompound(t: SplitToken | undefined): boolean {
  if (!t) return false;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || ((t.pos === 'VERB' || t.pos === 'ADJ') && /^\p{Lu}/u.test(t.value));
}
