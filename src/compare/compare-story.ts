/**
 * `compareStory`: the corroboration report of a story. Every reading is
 * analysed once (src/summarize/analyze-document.ts); each sentence and
 * headline yields claims (quantities, dates, quotes, facts), grouped by what
 * they are about across outlets (group-claims.ts); each headline is checked
 * against its body and the other outlets (headlines.ts). Pure. With
 * `silent: false` each claim's list of the outlets silent on it is left
 * empty, for the caller to make for the claims it shows (`silentOutlets`).
 */
import { analyzeDocument } from '../summarize/analyze-document.js';
import { findDates } from './dates.js';
import { findFacts } from './facts.js';
import { outletIdentity } from '../domain/outlets.js';
import { languageName } from '../domain/strings.js';
import { groupClaims, sameCalendarDay, type KeyedMention } from './group-claims.js';
import { checkHeadlines } from './headlines.js';
import { madeFromBody } from '../relate/analyze.js';
import { findQuantities } from './quantities.js';
import { namedInsideSentences } from './names.js';
import { findQuotes, sameQuote } from './quotes.js';
import type { ClaimGroup, ClaimMention, CompareDeps, CompareDocument, CompareReport } from './types.js';

/** Two mentions of one day: the same resolved date, or the same weekday where one is not resolved. */
function sameDay(a: ClaimMention, b: ClaimMention): boolean {
  if (a.date && b.date) return sameCalendarDay(a.date, b.date);
  return Boolean(a.weekday && a.weekday === b.weekday);
}

/**
 * A date one outlet gives about an event the others date too ("announced on
 * Tuesday" beside another's "said on Tuesday"): claims are keyed by the words
 * around the date, so the same day told in other words is a claim of its
 * own, and listing it as said by one outlet only would be noise.
 */
function dayGivenElsewhere(claim: ClaimGroup, claims: readonly ClaimGroup[]): boolean {
  const own = claim.statedBy[0]!;
  const outlet = outletIdentity(own);
  return claims.some((c) => c !== claim && c.kind === 'date' && mentionsOf(c).some((m) => outletIdentity(m) !== outlet && sameDay(own, m)));
}

const mentionsOf = (c: ClaimGroup): ClaimMention[] => [...c.statedBy, ...c.compatible, ...c.conflicting];

/** A reading of each of the story's outlets (the first of each), to name an outlet that says nothing on a claim. */
export type OutletReadings = { id: string; outlet: string | null }[];

export function outletReadings(docs: readonly { id: string; outlet: string | null }[]): OutletReadings {
  const byOutlet = new Map<string, { id: string; outlet: string | null }>();
  for (const { id, outlet } of docs) {
    const key = outletIdentity({ id, outlet });
    if (!byOutlet.has(key)) byOutlet.set(key, { id, outlet });
  }
  return [...byOutlet.values()];
}

/**
 * The outlets (one reading each) that say nothing on a claim, among
 * `outlets`; `claims` are all the report's claims, whose dates tell when an
 * outlet gives a claim's day in other words. Made per claim on demand: for
 * a story of a hundred outlets, every claim's list of the silent ones was
 * nine tenths of the report (23 of 25 MB for 121 readings).
 */
export function silentOutlets(outlets: OutletReadings, claims: readonly ClaimGroup[]): (claim: ClaimGroup) => OutletReadings {
  const dates = claims.filter((c) => c.kind === 'date').flatMap(mentionsOf);
  return (claim) => {
    const said = new Set(mentionsOf(claim).map(outletIdentity));
    // A day is keyed by the words around it: an outlet that gives the same day in other words is not silent on it.
    if (claim.kind === 'date') for (const m of dates) if (sameDay(claim.statedBy[0]!, m)) said.add(outletIdentity(m));
    return outlets.filter((reading) => !said.has(outletIdentity(reading)));
  };
}

function outletCount(docs: readonly CompareDocument[]): number {
  return new Set(docs.map(outletIdentity)).size;
}

/**
 * @example
 * compareStory(readings, { nlp })
 * // { readings: 5, outlets: 5, claims: [{ kind: 'quantity', key: 'quantity/troops', label: 'more than 2,000 troops',
 * //   statedBy: [...3 outlets], compatible: [{ outlet: 'Press TV', text: '2,500 Russian-led soldiers', ... }], conflicting: [] }, ...],
 * //   differences: [...], singleOutlet: [...], headlines: [{ headline, flagged, reason, ... }] }
 */
/**
 * Whether the claim and headline readers can read a reading: they are
 * English rules (a German "Deutschland will so seine Klimaziele" read as the
 * English modal "will", "beschließt" unmatched by "beschlossen"). A reading
 * of no known language (a short text) is read as English.
 */
const readsAsEnglish = (d: CompareDocument): boolean => !d.language || d.language === 'en';

/** Why a story of `compared` readings in English (of `all`), in fewer than two outlets, has nothing to compare. */
function nothingToCompare(all: number, compared: number, others: readonly { language: string }[]): string {
  if (compared >= 2) return `all readings${others.length > 0 ? ' in English' : ''} come from one outlet`;
  if (others.length === 0) return 'the story has one reading';
  const languages = [...new Set(others.map((o) => languageName(o.language)))].join(', ');
  if (compared === 0) return `compare reads readings in English only, and the story's ${all} are in ${languages}`;
  return `compare reads readings in English only, and only one of the story's ${all} is (the others: ${languages})`;
}

export function compareStory(all: readonly CompareDocument[], deps: CompareDeps, options: { silent?: boolean } = {}): CompareReport {
  const { nlp } = deps;
  const docs = all.filter(readsAsEnglish);
  const others = all.filter((d) => !readsAsEnglish(d)).map((d) => ({ id: d.id, outlet: d.outlet, language: d.language! }));
  const notCompared = others.length > 0 ? { notCompared: others } : {};
  const outlets = outletCount(docs);
  if (docs.length < 2 || outlets < 2) {
    return { readings: all.length, outlets: outletCount(all), nothingToCompare: nothingToCompare(all.length, docs.length, others), ...notCompared, claims: [], differences: [], singleOutlet: [], headlines: [] };
  }
  const analysed = docs.map((d) => ({ id: d.id, outlet: d.outlet, doc: d, analysis: d.analysis ?? analyzeDocument(d, deps) }));
  const keyed: KeyedMention[] = [];
  const quotes: { mention: ClaimMention; terms: string[] }[] = [];
  for (const { id, outlet, doc, analysis } of analysed) {
    const sentences = [...(analysis.title ? [analysis.title] : []), ...analysis.sentences];
    const isName = namedInsideSentences(nlp, analysis.sentences);
    for (const s of sentences) {
      const base = { id, outlet, sentence: s.text, index: s.index };
      for (const q of findQuantities(s.tokens)) keyed.push({ kind: 'quantity', key: q.key, mention: { ...base, text: q.text, amount: q.amount } });
      for (const d of findDates(s.text, s.tokens, doc.publishedAt)) {
        keyed.push({ kind: 'date', key: d.key, mention: { ...base, text: d.text, ...(d.date ? { date: d.date } : {}), ...(d.weekday ? { weekday: d.weekday } : {}) } });
      }
      if (s.index >= 0) for (const f of findFacts(nlp, s.tokens)) keyed.push({ kind: 'fact', key: f.key, mention: { ...base, text: f.text } });
      for (const q of findQuotes(nlp, s.text, s.tokens, isName)) quotes.push({ mention: { ...base, text: q.text, speaker: q.speaker }, terms: q.terms });
    }
  }
  // Quotes: one key per quote, the words of its first mention.
  const quoteKeys: { key: string; terms: string[]; speaker: string | null }[] = [];
  for (const q of quotes) {
    const claim = { terms: q.terms, speaker: q.mention.speaker ?? null };
    let known = quoteKeys.find((k) => sameQuote(k, claim));
    if (!known) {
      known = { key: `quote/${q.terms.slice(0, 6).join('-')}`, ...claim };
      quoteKeys.push(known);
    }
    keyed.push({ kind: 'quote', key: known.key, mention: q.mention });
  }
  const claims = groupClaims(keyed);
  if (options.silent !== false) {
    const silentOf = silentOutlets(outletReadings(docs), claims);
    for (const claim of claims) claim.silent = silentOf(claim);
  }
  return {
    readings: docs.length,
    outlets,
    ...notCompared,
    claims,
    differences: claims.filter((c) => c.compatible.length + c.conflicting.length > 0),
    // A fact one outlet states is kept among the claims, not listed: the extraction is too rough to call it news.
    singleOutlet: claims.filter((c) => c.singleOutlet && c.kind !== 'fact' && !(c.kind === 'date' && dayGivenElsewhere(c, claims))),
    headlines: checkHeadlines(nlp, analysed.map((a) => ({ ...a, titleFromBody: a.doc.title ? madeFromBody(a.doc.title, a.doc.text) : false }))),
  };
}
