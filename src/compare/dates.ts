/**
 * Date claims: a day or weekday with what happened on it ("began pulling out
 * on Thursday"), resolved with chrono-node against the reading's
 * publication date when it has one; without one, a weekday stays a weekday.
 * The event is the verb nearest to the date, verbs of saying left out; the
 * claim reads as the words from that verb to the date.
 */
import * as chrono from 'chrono-node/en';
import type { SplitToken } from '../summarize/sentences.js';
import { QUOTE_MARK, REPORTING } from './lexicon.js';
import { quotedTokens } from './quotes.js';
import { MONTH_STEMS, WEEKDAY_NAMES, WEEKDAY_STEMS } from '../domain/calendar.js';

export interface DateClaim {
  key: string;
  text: string;
  /** YYYY-MM-DD when resolved. */
  date?: string;
  weekday?: string;
}

/** A date named outright: a weekday, a month, or digits (relative ones, "last week", are too vague to compare). */
const NAMED = new RegExp(String.raw`\b(?:${WEEKDAY_STEMS})day\b|\b(?:${MONTH_STEMS})[a-z]*\.?\s*\d|\d{1,2}\s+(?:${MONTH_STEMS})|\d{4}-\d\d-\d\d`, 'iu');

/** Character offset of each token in the sentence text (tokens joined with their spaces, trimmed). */
function offsets(tokens: readonly SplitToken[]): number[] {
  const out: number[] = [];
  let at = 0;
  tokens.forEach((t, i) => {
    if (i > 0) at += t.space.length;
    out.push(at);
    at += t.value.length;
  });
  return out;
}

/**
 * Index of the verb nearest to the date (character span from..to), verbs of
 * saying left out, and words capitalised inside the sentence (the tagger's
 * verbs in "Niagara Falls", "Live Nation"); -1 when none. A verb on the other
 * side of a quotation mark is someone's words, not what happened on the date
 * ("…not strong enough to form the basis…,” Persson said on Tuesday").
 */
function eventNear(tokens: readonly SplitToken[], starts: readonly number[], from: number, to: number): number {
  let best = -1;
  let distance = Infinity;
  const dateEnd = starts.findLastIndex((s) => s < to);
  const quoted = quotedTokens(tokens);
  const dateQuoted = quoted[Math.max(0, starts.findIndex((s) => s >= from))] ?? false;
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || REPORTING.has(t.normal) || (i > 0 && /^\p{Lu}/u.test(t.value)) || quoted[i] !== dateQuoted || describesNoun(tokens, i)) return;
    // A verb after the date in another clause ("on July 25 how its disclosure would play") is that clause's event.
    const across = starts[i]! >= to && opensClause(tokens.slice(dateEnd + 1, i)) ? OTHER_CLAUSE_CHARS : 0;
    const d = (starts[i]! < from ? from - starts[i]! : Math.max(0, starts[i]! - to)) + across;
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return best;
}

/**
 * "the church attended by Sarah Palin": a participle describing the noun before it, its doer named after "by",
 * is no event of the sentence ("the leaders spoke by phone" is one).
 */
function describesNoun(tokens: readonly SplitToken[], i: number): boolean {
  const before = tokens[i - 1];
  const agent = tokens[i + 2];
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN') && tokens[i + 1]?.normal === 'by'
    && agent !== undefined && (agent.pos === 'PROPN' || agent.pos === 'DET');
}

/**
 * Words that open another clause after a date: "on Tuesday that…", "on July 25 how…", "began on January 2 after
 * the government decided…" (the protests began on the 2nd; the deciding is the other clause's).
 */
const CLAUSE_OPENERS = new Set([
  'that', 'how', 'what', 'why', 'whether', 'which', 'who', 'whom', 'where', 'if',
  'after', 'before', 'when', 'while', 'because', 'although', 'though', 'unless', 'and', 'but',
]);
/** How much farther a verb past a clause opener counts than it stands. */
const OTHER_CLAUSE_CHARS = 60;

function opensClause(between: readonly SplitToken[]): boolean {
  return between.some((t) => CLAUSE_OPENERS.has(t.normal) || t.value === ',' || QUOTE_MARK.test(t.value));
}

/** Tokens a claim's wording may run to, from its event to its date: longer, and the date is shown with the verb alone. */
const MAX_PHRASE_TOKENS = 12;

/**
 * The claim as a reader can check it: the words from the event to the date
 * ("started pulling out more than 2,000 troops on Thursday"), or, when they
 * lie far apart, the date with its verb ("Thursday (pulled)").
 */
function wording(text: string, tokens: readonly SplitToken[], starts: readonly number[], event: number, date: { index: number; text: string }): string {
  const first = tokens.findIndex((_, i) => starts[i]! >= date.index);
  if (first < 0) return trimClaim(date.text);
  let last = first;
  while (last + 1 < tokens.length && starts[last + 1]! < date.index + date.text.length) last++;
  const lo = Math.min(first, event);
  const hi = Math.max(last, event);
  // A verb after the date, past a "that", a quote mark or a comma, is another clause's ("on Tuesday that China “is going”").
  const otherClause = event > last && opensClause(tokens.slice(last + 1, event));
  const span = (from: number, to: number): string => trimClaim(text.slice(starts[from]!, starts[to]! + tokens[to]!.value.length));
  const dateWithVerb = `${trimClaim(date.text)} (${tokens[event]!.value})`;
  // The event follows its date: "said on Tuesday that life had returned" (the date is the saying's, the claim
  // reads from it to what was said), "the Indian Navy on Saturday arrested 23 Somali pirates" (who, when, what).
  const saying = event > last ? sayingBefore(tokens, first) : -1;
  if (event < first || (otherClause && saying < 0)) {
    return hi - lo + 1 > MAX_PHRASE_TOKENS || otherClause ? dateWithVerb : span(lo, hi);
  }
  const from = saying >= 0 ? saying : subjectBefore(tokens, first) ?? first;
  if (event - from + 1 > MAX_PHRASE_TOKENS) return event - first + 1 <= MAX_PHRASE_TOKENS ? span(first, event) : dateWithVerb;
  return span(from, Math.min(objectAfter(tokens, event), from + MAX_PHRASE_TOKENS - 1));
}

/** Words a noun phrase is made of, for the subject before a date ("the Indian Navy on Saturday…"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SUBJECT_TOKENS = 4;

/**
 * The first token of the whole noun phrase just before a date (and its "on"), when it is a subject: it starts
 * the sentence or follows a comma, a conjunction or a verb, not a preposition ("…a vessel of the Gulf on
 * Saturday" is no subject); null when there is none, or it is longer than a few words.
 */
function subjectBefore(tokens: readonly SplitToken[], dateFirst: number): number | null {
  let end = dateFirst - 1;
  if (end >= 0 && tokens[end]!.normal === 'on') end--;
  let start = end + 1;
  while (start - 1 >= 0 && end - start + 1 < SUBJECT_TOKENS && NOUN_PHRASE.has(tokens[start - 1]!.pos) && tokens[start - 1]!.value !== '-') start--;
  if (start > end) return null;
  const before = tokens[start - 1];
  if (before && (NOUN_PHRASE.has(before.pos) || before.pos === 'ADP' || QUOTE_MARK.test(before.value))) return null;
  return tokens.slice(start, end + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? start : null;
}

const OBJECT_TOKENS = 4;

/** The last token of what an event verb acts on, up to a few words: "arrested 23 Somali pirates", "took the bandits". */
function objectAfter(tokens: readonly SplitToken[], event: number): number {
  let last = event;
  for (let j = event + 1; j < tokens.length && j <= event + OBJECT_TOKENS; j++) {
    const t = tokens[j]!;
    // "eliminated 35-year-old regulations": a word joined to the next by a hyphen ends no phrase.
    if (!NOUN_PHRASE.has(t.pos) || t.value === '-' || tokens[j + 1]?.value === '-') break;
    last = j;
  }
  // A phrase cut mid-way ends on its last noun: "the bandits", not "the bandits head".
  while (last > event && tokens[last]!.pos !== 'NOUN' && tokens[last]!.pos !== 'PROPN' && tokens[last]!.pos !== 'NUM') last--;
  return last;
}

/** The verb of saying just before a date ("said on Tuesday", "said Thursday"), or -1. */
function sayingBefore(tokens: readonly SplitToken[], dateFirst: number): number {
  let i = dateFirst - 1;
  if (i >= 0 && tokens[i]!.normal === 'on') i--;
  return i >= 0 && tokens[i]!.pos === 'VERB' && REPORTING.has(tokens[i]!.normal) ? i : -1;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', "'s", '’s']);

/**
 * A date written between a determiner and a noun names a thing ("the July 25
 * call", "Trump's July 25 phone call", "the Dec. 15 deadline"): what happened
 * on it is told elsewhere, and a sentence that mentions it dates nothing.
 */
function namesAThing(tokens: readonly SplitToken[], starts: readonly number[], from: number, to: number): boolean {
  const first = starts.findIndex((s) => s >= from);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < tokens.length && starts[last + 1]! < to) last++;
  const after = tokens[last + 1];
  // "Friday night's fire": a date in the possessive names the thing too.
  if (after !== undefined && /^['’]s$/u.test(after.normal)) return true;
  return first > 0 && DETERMINERS.has(tokens[first - 1]!.normal) && after !== undefined && after.pos === 'NOUN';
}

/** Whether the event verb is in the future tense: "will" (or "'ll") among the three words before it, in its clause. */
function futureTense(tokens: readonly SplitToken[], event: number): boolean {
  for (let i = event - 1; i >= Math.max(0, event - 3); i--) {
    const t = tokens[i]!;
    if (t.normal === 'will' || t.normal === "'ll" || t.normal === '’ll') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Without a leading preposition ("on Thursday") or trailing punctuation. */
function trimClaim(words: string): string {
  return words.replace(/^(?:on|by|since|until)\s+/iu, '').replace(/[\s,.;:]+$/u, '');
}

export function findDates(text: string, tokens: readonly SplitToken[], publishedAt: string | null): DateClaim[] {
  const reference = publishedAt ? new Date(publishedAt) : null;
  const valid = reference && !Number.isNaN(reference.getTime()) ? reference : null;
  const starts = offsets(tokens);
  const out: DateClaim[] = [];
  for (const r of chrono.parse(text, valid ?? new Date(Date.UTC(2000, 0, 1)))) {
    const weekdayNumber = r.start.get('weekday');
    const certainDay = r.start.isCertain('day');
    if ((!certainDay && weekdayNumber === null) || !NAMED.test(r.text)) continue;
    if (namesAThing(tokens, starts, r.index, r.index + r.text.length)) continue;
    const event = eventNear(tokens, starts, r.index, r.index + r.text.length);
    if (event < 0) continue;
    const claim: DateClaim = { key: `date/${tokens[event]!.lemma}`, text: wording(text, tokens, starts, event, r) };
    if (weekdayNumber !== null) claim.weekday = WEEKDAY_NAMES[weekdayNumber]!;
    let day = r.start.date();
    // "will be completed on Wednesday": a weekday in its event's future tense is the next one, not the last.
    if (valid && !certainDay && day < valid && futureTense(tokens, event)) day = new Date(day.getTime() + 7 * 86_400_000);
    if (valid || (certainDay && r.start.isCertain('year'))) claim.date = day.toISOString().slice(0, 10);
    else if (certainDay && r.start.isCertain('month')) claim.date = `--${r.start.date().toISOString().slice(5, 10)}`;
    out.push(claim);
  }
  return out;
}
