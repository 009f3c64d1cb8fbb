/**
 * `summarizeStory`: a multi-document extractive summary of a story, every
 * sentence with the readings that support it.
 *
 *   analyse     each reading once (sentences, content terms)
 *   score       support   mean over the other readings of the best cosine
 *                         with one of their sentences (content several
 *                         outlets carry)
 *               centroid  cosine with the story's centroid
 *               position  1 / sqrt(1 + sentence number)
 *               title     best cosine with a headline of the story
 *   pick        MMR: score minus similarity to what is already picked, plus
 *               the shared terms (used by 2+ readings) it adds, until the
 *               word budget is spent
 *   order       by publication time, then position in the reading
 *   attribute   for each sentence, the readings with a sentence that says
 *               the same thing (support.ts)
 *
 * Weights and the budget (storyBudget) were chosen on NeuS train (bench/summary-neus.ts).
 */
import { titlesAnotherThing } from '../domain/headlines.js';
import { isCutShort } from '../domain/strings.js';
import { analyzeDocument, inWritersVoice, leansOnContext, quotesNobody, saysLittle, surnamesGivenBefore, surnamesInFull, summarizable, type AnalyzedSentence, type DocumentAnalysis } from './analyze-document.js';
import { bestMatchIndex } from './best-match-index.js';
import { lazyFigures } from './shared-figures.js';
import { summarizeReading } from './summarize-reading.js';
import { countOutlets, findSupport, type SupportDocument } from './support.js';
import { centroid, cosine, inverseFrequencies, weigh, type Weighted } from './vectors.js';
import type { SourceRef, StoryDocument, StorySentence, StorySummary, StorySummaryOptions, SummarizeDeps } from './types.js';

/**
 * Cosine at which a sentence says again what a picked one says ("Sweden has dropped its investigation into a 2010
 * rape allegation against … Julian Assange" after "Prosecutors in Sweden have dropped an investigation into a rape
 * allegation made against … Julian Assange in 2010"): never picked, however central. MMR's penalty alone let such
 * a pair through. NeuS R1 +0.06 (val) / +0.04 (train) at 0.4; 0.3-0.7 all within +-0.1.
 */
const REPEATS = 0.4;
export const STORY_WEIGHTS = { support: 1, centroid: 1, position: 0.5, title: 0.5, lambda: 0.7, coverage: 1, single: 0.1 };
export const STORY_DEFAULTS = { maxWords: 80, sentences: 5, supportThreshold: 0.3 };

/**
 * A story summary's words when none are asked for: as many as its typical reading holds (title and body, the
 * median, so that one long reading among short ones does not stretch it), at most STORY_DEFAULTS.maxWords. Three
 * 40-word excerpts make no 80-word roundup: NeuS's references run about as long as their excerpts (correlation
 * 0.5). R1 against a fixed 70: 42.99 -> 43.70 (train), 42.35 -> 43.41 (val); the mean length 43.60 / 43.27.
 */
export function storyBudget(analyses: readonly DocumentAnalysis[]): number {
  const lengths = analyses.map((a) => a.words + (a.title?.words ?? 0)).sort((x, y) => x - y);
  const mid = lengths.length >> 1;
  const median = lengths.length % 2 === 1 ? lengths[mid]! : (lengths[mid - 1]! + lengths[mid]!) / 2;
  return Math.min(STORY_DEFAULTS.maxWords, Math.round(median));
}

interface Unit {
  doc: number;
  sentence: AnalyzedSentence;
  weighted: Weighted;
  score: number;
  /** The surname it opens on, given in full only before it in its document ("Paul added…"), else null. */
  surnameAlone: string | null;
}

function timeOf(doc: StoryDocument): number {
  const t = doc.publishedAt ? Date.parse(doc.publishedAt) : NaN;
  return Number.isNaN(t) ? Infinity : t;
}

function ref(doc: StoryDocument): SourceRef {
  return { id: doc.id, outlet: doc.outlet };
}

function singleReading(doc: StoryDocument, analysis: DocumentAnalysis, options: StorySummaryOptions, deps: SummarizeDeps): StorySummary {
  const summary = summarizeReading({ ...doc, analysis }, { sentences: options.sentences ?? 3, maxWords: options.maxWords }, deps);
  const own = ref(doc);
  const own1 = (text: string, index: number, paragraph: number): StorySentence => ({
    text,
    from: { ...own, index, paragraph },
    supportedBy: [{ ...own, sentence: text, similarity: 1 }],
    agreement: 1,
  });
  const sentences = summary.sentences.map((s) => own1(s.text, s.index, s.paragraph));
  const headline = analysis.title ? own1(analysis.title.text, -1, -1) : null;
  return { headline, sentences, outlets: 1, single: true, ...(summary.reason ? { reason: summary.reason } : {}) };
}

function bestCosine(item: Weighted, others: readonly Weighted[]): number {
  let best = 0;
  for (const o of others) best = Math.max(best, cosine(item, o));
  return best;
}

/**
 * @example
 * summarizeStory(readings, {}, { nlp })
 * // { headline: {...}, outlets: 5, sentences: [{ text, from: { id, outlet, index, paragraph },
 * //   supportedBy: [{ id, outlet, sentence, similarity }, ...], agreement: 0.8 }] }
 */
export function summarizeStory(docs: readonly StoryDocument[], options: StorySummaryOptions, deps: SummarizeDeps): StorySummary {
  if (docs.length === 0) return { headline: null, sentences: [], outlets: 0, reason: 'no_documents' };
  const analyses = docs.map((d) => d.analysis ?? analyzeDocument(d, deps));
  if (docs.length === 1) return singleReading(docs[0]!, analyses[0]!, options, deps);

  const threshold = options.supportThreshold ?? STORY_DEFAULTS.supportThreshold;
  const idf = inverseFrequencies(analyses.flatMap((a) => [...a.sentences.map((s) => s.terms), ...(a.title ? [a.title.terms] : [])]));
  const bodies = analyses.map((a) => a.sentences.map((s) => weigh(s.terms, idf)));
  const titles = analyses.map((a) => (a.title ? weigh(a.title.terms, idf) : null));
  const docUnits = bodies.map((body, d) => [...body, ...(titles[d] ? [titles[d]] : [])]);
  const storyCentroid = centroid(docUnits.map((units) => centroid(units)));
  const allTitles = titles.filter((t): t is Weighted => t !== null);

  const w = STORY_WEIGHTS;
  const units: Unit[] = [];
  const index = bestMatchIndex(docUnits);
  const titleIndex = bestMatchIndex([allTitles]);
  analyses.forEach((a, d) => {
    const surnameAlone = surnamesGivenBefore(a.sentences);
    a.sentences.forEach((sentence, i) => {
      const weighted = bodies[d]![i]!;
      const best = index.bestPerGroup(weighted);
      let support = 0;
      best.forEach((sim, e) => {
        if (e !== d) support += sim;
      });
      support /= docs.length - 1;
      const score = w.support * support + w.centroid * cosine(weighted, storyCentroid) + w.position / Math.sqrt(1 + i) + w.title * titleIndex.bestPerGroup(weighted)[0]!;
      units.push({ doc: d, sentence, weighted, score, surnameAlone: surnameAlone[i]! });
    });
  });
  const inReadings = readingsUsing(analyses.map(allTermsOf));
  const picked = pickMmr(units, options.sentences ?? STORY_DEFAULTS.sentences, options.maxWords ?? storyBudget(analyses), sharedTerms(inReadings));

  const supportDocs: SupportDocument[] = docs.map((doc, d) => ({
    ...ref(doc),
    units: [
      ...analyses[d]!.sentences.map((s, i) => ({ text: s.text, weighted: bodies[d]![i]!, figures: lazyFigures(s.tokens) })),
      ...(analyses[d]!.title ? [{ text: analyses[d]!.title.text, weighted: titles[d]!, figures: lazyFigures(analyses[d]!.title.tokens) }] : []),
    ],
  }));
  const outlets = countOutlets(docs.map(ref));
  const attribute = (sentence: AnalyzedSentence, weighted: Weighted, d: number): StorySentence => {
    const { text, index, paragraph } = sentence;
    const supportedBy = findSupport({ text, weighted, figures: lazyFigures(sentence.tokens) }, ref(docs[d]!), supportDocs, threshold);
    return { text, from: { ...ref(docs[d]!), index, paragraph }, supportedBy, agreement: countOutlets(supportedBy) / outlets };
  };
  const ordered = [...picked].sort((a, b) => timeOf(docs[a.doc]!) - timeOf(docs[b.doc]!) || a.sentence.index - b.sentence.index || b.score - a.score);
  const sentences = ordered.map((u) => attribute(u.sentence, u.weighted, u.doc));
  const titled = options.title === undefined ? -1 : analyses.findIndex((a) => a.title !== null && sameText(a.title.text, options.title!));
  const h = titled >= 0 ? titled : pickHeadline(analyses, docs.map((doc) => doc.outlet ?? null), inReadings);
  const headline = h >= 0 ? attribute(analyses[h]!.title!, titles[h]!, h) : null;
  if (sentences.length > 0) return { headline, sentences, outlets };
  return { headline, sentences, outlets, reason: analyses.every((a) => a.sentences.length === 0) ? 'no_sentences' : 'no_complete_sentences' };
}

/** How many readings use each term: of their terms per reading (headline and text, or headline alone). */
function readingsUsing(termsPerReading: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termsPerReading) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

const allTermsOf = (a: DocumentAnalysis): string[] => [...a.sentences.flatMap((s) => s.terms), ...(a.title?.terms ?? [])];

/** Weight of each term by how many readings use it (`inReadings`) beyond the first: what several outlets share carries the story. */
function sharedTerms(inReadings: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, n] of inReadings) out.set(t, n > 1 ? n - 1 : STORY_WEIGHTS.single);
  return out;
}

function coverageGain(u: Unit, covered: ReadonlySet<string>, shared: ReadonlyMap<string, number>): number {
  let gain = 0;
  for (const t of new Set(u.sentence.terms)) if (!covered.has(t)) gain += shared.get(t) ?? 0;
  return gain / Math.max(1, u.sentence.words);
}

/** The telling numbers of a sentence: not a year, not one to ten (ordinals, small counts every sentence has). */
function tellingNumbers(u: Unit): Set<string> {
  return new Set(u.sentence.terms.filter((t) => /^\d/u.test(t) && !/^(?:19|20)\d\d$/u.test(t) && !/^(?:\d|10)$/u.test(t)));
}

/**
 * Whether `u` gives again, in other words, two or more figures of a picked sentence ("The US economy added 943,000
 * jobs in July and the unemployment rate fell to 5.4%" after "Nonfarm payrolls increased by 943,000 workers in July
 * as the unemployment rate fell to 5.4%": cosine 0.3, under REPEATS). NeuS R1 unchanged (+-0.01).
 */
function repeatsFigures(own: ReadonlySet<string>, picked: readonly ReadonlySet<string>[]): boolean {
  if (own.size < 2) return false;
  return picked.some((theirs) => {
    let shared = 0;
    for (const n of own) if (theirs.has(n)) shared++;
    return shared >= 2;
  });
}

function pickMmr(units: readonly Unit[], maxSentences: number, maxWords: number, shared: ReadonlyMap<string, number>): Unit[] {
  const { lambda, coverage } = STORY_WEIGHTS;
  const covered = new Set<string>();
  const told = units.filter((u) => summarizable(u.sentence));
  // A writer's own voice, a sentence that leans on one the summary does not show (a pronoun or a connective opens
  // it), a quotation of no one named, or an aside, only when nothing else is left.
  const reported = told.filter((u) => !inWritersVoice(u.sentence) && !leansOnContext(u.sentence) && !quotesNobody(u.sentence) && !saysLittle(u.sentence));
  let pool = reported.length > 0 ? reported : told;
  const numbers = new Map(pool.map((u) => [u, tellingNumbers(u)]));
  const picked: Unit[] = [];
  // Surnames a picked sentence gives in full: a sentence that opens on one alone ("Paul added…") may follow it.
  const inFull = new Set<string>();
  let words = 0;
  while (picked.length < maxSentences && pool.length > 0) {
    let best: Unit | null = null;
    let bestValue = -Infinity;
    const pickedVectors = picked.map((p) => p.weighted);
    const pickedNumbers = picked.map((p) => numbers.get(p)!);
    for (const u of pool) {
      if (u.surnameAlone !== null && !inFull.has(u.surnameAlone)) continue;
      const redundancy = bestCosine(u.weighted, pickedVectors);
      if (redundancy >= REPEATS || repeatsFigures(numbers.get(u)!, pickedNumbers)) continue;
      const value = lambda * u.score - (1 - lambda) * redundancy + coverage * coverageGain(u, covered, shared);
      if (value > bestValue) {
        bestValue = value;
        best = u;
      }
    }
    if (!best) break;
    pool = pool.filter((u) => u !== best);
    if (words + best.sentence.words > maxWords && picked.length > 0) continue;
    picked.push(best);
    for (const name of surnamesInFull(best.sentence.tokens)) inFull.add(name);
    for (const t of best.sentence.terms) covered.add(t);
    words += best.sentence.words;
  }
  return picked;
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();

/**
 * The headline the other readings bear out most: the share of its terms the other readings use (in their headline or
 * text), plus the share the other headlines use, less one for a question; not one cut short, nor one that names its
 * own outlet or gives someone's words, unless all are. Against the headline closest to the story's centroid and to the
 * other headlines: NeuS val R1 43.54 -> 43.66, train 43.80 -> 43.87 (R2 and RL up on both).
 */
function pickHeadline(analyses: readonly DocumentAnalysis[], outlets: readonly (string | null)[], inReadings: ReadonlyMap<string, number>): number {
  const texts = analyses.map((a) => a.title?.text ?? '');
  // A headline's term is in its own reading and headline: another reading (or headline) uses it when two or more do.
  const inHeadlines = readingsUsing(analyses.map((a) => a.title?.terms ?? []));
  let best = -1;
  let bestScore = -Infinity;
  const titled = (d: number): boolean => analyses[d]!.title !== null;
  const whole = analyses.some((_, d) => titled(d) && !isCutShort(texts[d]!));
  const notOfTheEvent = (d: number): boolean => titlesAnotherThing(texts[d]!, outlets[d]!);
  const telling = analyses.some((_, d) => titled(d) && !(whole && isCutShort(texts[d]!)) && !notOfTheEvent(d));
  analyses.forEach((_, d) => {
    if (!titled(d) || (whole && isCutShort(texts[d]!)) || (telling && notOfTheEvent(d))) return;
    const own = new Set(analyses[d]!.title!.terms);
    let borne = 0;
    for (const term of own) borne += (inReadings.get(term)! > 1 ? 1 : 0) + (inHeadlines.get(term)! > 1 ? 1 : 0);
    const score = borne / Math.max(1, own.size) - (/[?？؟]/u.test(texts[d]!) ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  });
  return best;
}
