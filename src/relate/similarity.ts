/**
 * `similarity`: how closely two readings cover the same event, in [0, 1],
 * with the reasons a reader can check (shared names, numbers, dates, rarest
 * terms). The score is the cosine of the weighted vectors (weights.ts) times
 * the time proximity of their published days (time-decay.ts, which fades
 * faster for short texts); two headlines that share one word only keep
 * ONE_WORD_FACTOR of their cosine, two short readings that name different
 * weekdays WEEKDAY_CLASH_FACTOR (weekday-clash.ts).
 */
import { entityKeys } from './entities.js';
import { aliasKey } from './name-aliases.js';
import { dateAsWritten, isCalendarWord, numberAsWritten } from './reason-forms.js';
import { HEADLINE_WORDS, lengthScale } from './link.js';
import { timeFactor } from './time-decay.js';
import { weekdayFactor, weekdayMask } from './weekday-clash.js';
import type { Entity, Features, RelateStats, Similarity, SimilarityReasons } from './types.js';
import { cosine, idf, sharesOneWordOnly, weigh, type WeightedDoc } from './weights.js';

const MAX_REASON_TERMS = 5;

export interface SimilarityOptions {
  halfLifeDays?: number;
}

export function similarity(a: Features, b: Features, stats: RelateStats, options: SimilarityOptions = {}): Similarity {
  const wa = weigh(a, stats);
  const wb = weigh(b, stats);
  return { score: pairScore(a, wa, b, wb, options), reasons: reasons(a, b, stats) };
}

/**
 * How much of its cosine a pair of headlines that share one word only keeps:
 * the company or country two stories of a day are about ("Twitter": Turkey's
 * ban of it, its eighth birthday) is all such headlines share, and the word
 * weighs as much in eight words as a whole lead. Measured on UCI
 * (`docs/findings/story-grouping.md`, session 30).
 */
export const ONE_WORD_FACTOR = 0.8;

/** Whether both readings are headlines, whose pair keeps ONE_WORD_FACTOR of its cosine when they share one word only. */
export function headlinePair(wordsA: number, wordsB: number): boolean {
  return wordsA <= HEADLINE_WORDS && wordsB <= HEADLINE_WORDS;
}

/** The score alone, from vectors weighed once (for ranking many candidates). */
export function pairScore(a: Features, wa: WeightedDoc, b: Features, wb: WeightedDoc, options: SimilarityOptions = {}): number {
  const cos = cosine(wa, wb);
  const factor = cos > 0 && headlinePair(a.words, b.words) && sharesOneWordOnly(wa, wb) ? ONE_WORD_FACTOR : 1;
  const days = cos > 0 ? weekdayFactor(weekdayMask(a), a.words, weekdayMask(b), b.words) : 1;
  return scoreFromCosine(cos * factor * days, a, b, lengthScale(a.words), lengthScale(b.words), options);
}

/** `pairScore` from the pair's cosine and the two length scales, for callers that compute them their own way. */
export function scoreFromCosine(cos: number, a: Features, b: Features, scaleA: number, scaleB: number, options: SimilarityOptions = {}): number {
  return cos * timeFactor(a.day, b.day, options.halfLifeDays, scaleA * scaleB);
}

/** The names both readings give, a country or body under any of its names ("United States" and "US"). */
function sharedEntities(a: Features, b: Features): Entity[] {
  const keysB = new Set(b.entities.flatMap(entityKeys).map(aliasKey));
  return a.entities.filter((e) => entityKeys(e).some((k) => keysB.has(aliasKey(k))));
}

function written(keys: readonly string[], form: (key: string) => string | null): string[] {
  return [...new Set(keys.map(form).filter((k): k is string => k !== null))];
}

/**
 * The one-word names both readings give, lower case -> as written ("europa"
 * -> "Europa"). A word of a longer name is no name alone ("Flight" of
 * "Goddard Space Flight Center"), nor is a word in capitals throughout
 * ("WASHINGTON" of a dateline).
 */
function writtenWords(a: Features, b: Features): Map<string, string> {
  const inB = new Set(b.entities.map((e) => e.key));
  const words = new Map<string, string>();
  for (const e of a.entities) if (inB.has(e.key) && /^\p{Lu}\p{Ll}+$/u.test(e.name)) words.set(e.key, e.name);
  // A person's surname both readings give, whatever comes before it ("Sarah Palin", "Governor Palin"): "Palin".
  const surnamesA = surnames(a);
  for (const [last, person] of surnames(b)) {
    if ((person || surnamesA.get(last)) && surnamesA.has(last) && !words.has(last.toLowerCase())) words.set(last.toLowerCase(), last);
  }
  return words;
}

/** The Capitalised last words of a reading's names ("Palin"), each with whether some name ending so is a person's. */
function surnames(f: Features): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const e of f.entities) {
    if (e.kind !== 'person' && e.kind !== 'name') continue;
    const last = surname(e.name);
    if (last !== null) out.set(last, (out.get(last) ?? false) || e.kind === 'person');
  }
  return out;
}

/** The last word of a name when it is written Capitalised ("Palin" of "Gov.Sarah Palin"), else null. */
function surname(name: string): string | null {
  return /(\p{Lu}\p{Ll}+)$/u.exec(name)?.[1] ?? null;
}

/** A name one reading shouts ("WASHINGTON —" of a dateline) as the other writes it, when it does. */
function unshouted(e: Entity, other: Features): string {
  if (/\p{Ll}/u.test(e.name) || !/\p{Lu}{6}/u.test(e.name)) return e.name;
  return other.entities.find((o) => o.key === e.key && /\p{Ll}/u.test(o.name))?.name ?? e.name;
}

export function reasons(a: Features, b: Features, stats: RelateStats): SimilarityReasons {
  const entities = sharedEntities(a, b);
  const fullNames = entities.map((e) => ` ${e.key} `);
  // "Trump" beside "Donald Trump": the full name says it.
  const partOfAnother = (e: Entity): boolean => fullNames.some((full) => full !== ` ${e.key} ` && full.includes(` ${e.key} `));
  // One name per country or body ("United States" and "US"), the longest written.
  const fullest = new Map<string, Entity>();
  for (const e of entities) {
    const k = aliasKey(e.key);
    const seen = fullest.get(k);
    if (!seen || e.name.length > seen.name.length) fullest.set(k, e);
  }
  const names = (kind: Entity['kind']): string[] => entities.filter((e) => e.kind === kind && !partOfAnother(e) && fullest.get(aliasKey(e.key)) === e).map((e) => unshouted(e, b));
  const inNames = new Set(entities.filter((e) => e.kind !== 'name').flatMap((e) => e.key.split(/[\s-]/u)));
  const writtenForms = writtenWords(a, b);
  const numbersB = new Set(b.numbers);
  const datesB = new Set(b.dates);
  const shared = Object.keys(a.terms).filter((t) => t in b.terms && !inNames.has(t) && !isCalendarWord(t));
  const sharedSet = new Set(shared);
  const terms = shared
    .map((t) => ({ t, w: idf(stats, t), both: Math.min(a.terms[t]!, b.terms[t]!) }))
    // Rarest first; among equally rare words, those both readings use most ("able", once each, after "contingent").
    .sort((x, y) => y.w - x.w || y.both - x.both || (x.t < y.t ? -1 : 1))
    // "republicans" beside "republican", "oscars" beside the name "Oscar": one word.
    .filter((x) => !(x.t.endsWith('s') && (sharedSet.has(x.t.slice(0, -1)) || inNames.has(x.t.slice(0, -1)))))
    .slice(0, MAX_REASON_TERMS)
    .map((x) => writtenForms.get(x.t) ?? a.stemForms?.[x.t] ?? x.t);
  return {
    people: names('person'),
    places: names('place'),
    organisations: names('organisation'),
    numbers: written(a.numbers.filter((n) => numbersB.has(n)), numberAsWritten),
    dates: written(a.dates.filter((d) => datesB.has(d)), dateAsWritten),
    terms,
  };
}
