/**
 * Quantity claims: a number with its qualifier and what it counts —
 * "more than 2,000 troops" = troops >= 2000, "no more than ten days" =
 * days <= 10, "roughly 10,000 people" detained, "the 68-year-old president".
 * Works on the tokens of one sentence; the key says what is counted, so two
 * outlets' figures for the same thing meet.
 */
import type { SplitToken } from '../summarize/sentences.js';
import { ATTACHED_SCALES, DURATION_CLASSES, NUMBER_WORDS, OBJECT_CLASSES, PEOPLE_EVENTS, QUALIFIERS, QUOTE_MARK, SCALES, VAGUE_NUMBERS } from './lexicon.js';
import type { Amount } from './types.js';
import { toParsed } from './names.js';
import { isTitleCase } from '../relate/entities.js';
import { MONTH_STEMS } from '../domain/calendar.js';

export interface QuantityClaim {
  key: string;
  text: string;
  amount: Amount;
}

const MONTHS = new RegExp(String.raw`^(?:${MONTH_STEMS})[a-z]*\.?$`, 'u');
/** How many tokens after the number the counted noun may be. */
const OBJECT_WINDOW = 5;

export interface NumberAt {
  first: number;
  last: number;
  low: number;
  high: number;
  value: number;
  vague: boolean;
}

/** The figure that starts at token `i`, with its scale ("943K", "1.4 million": one figure), or null. */
export function readNumber(tokens: readonly SplitToken[], i: number): NumberAt | null {
  const t = tokens[i]!;
  let value: number;
  let vague: [number, number] | null = null;
  if (t.type === 'number' && /^\d[\d,]*(?:\.\d+)?$/u.test(t.normal)) value = Number(t.normal.replace(/,/gu, ''));
  else if (NUMBER_WORDS[t.normal] !== undefined && t.normal !== 'hundred' && t.normal !== 'thousand') value = NUMBER_WORDS[t.normal]!;
  else if (VAGUE_NUMBERS[t.normal]) {
    vague = VAGUE_NUMBERS[t.normal]!;
    value = vague[0];
  } else return null;
  if (!Number.isFinite(value)) return null;
  let last = i;
  const attached = tokens[i + 1];
  if (attached && attached.space === '' && ATTACHED_SCALES[attached.normal] !== undefined && !vague) {
    value *= ATTACHED_SCALES[attached.normal]!;
    last++;
  }
  while (last + 1 < tokens.length && SCALES[tokens[last + 1]!.normal] !== undefined && !vague) {
    value *= SCALES[tokens[last + 1]!.normal]!;
    last++;
  }
  return { first: i, last, low: vague ? vague[0] : value, high: vague ? vague[1] : value, value, vague: vague !== null };
}

/** Determiners before a number that point back at what the text has named ("the two sides", "their three children", "the world's two largest economies"). */
const BACK_REFERENCE = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'our', 'his', 'her', "'s", '’s']);

/**
 * "the two sides", "the two largest economies": a small count after "the"
 * names things the text has already named (the United States and China); it
 * is no figure an outlet reports. A large one still is ("the 2,500 troops").
 */
function isBackReference(tokens: readonly SplitToken[], n: NumberAt): boolean {
  return !n.vague && n.value <= 3 && BACK_REFERENCE.has(tokens[n.first - 1]?.normal ?? '');
}

function isDatePart(tokens: readonly SplitToken[], n: NumberAt): boolean {
  const before = tokens[n.first - 1]?.normal ?? '';
  const after = tokens[n.last + 1]?.normal ?? '';
  if (MONTHS.test(before) || MONTHS.test(after)) return true;
  const written = tokens[n.first]!.normal;
  return /^(?:19|20)\d\d$/u.test(written) && n.first === n.last && !OBJECT_CLASSES[after];
}

/** Nouns a number names one of rather than counts ("phase 1", "No. 3", "Game 7", "Section 230"). */
const LABEL_WORDS = new Set([
  'phase', 'stage', 'round', 'no', 'no.', 'number', 'section', 'article', 'chapter', 'level', 'game', 'week', 'day', 'part', 'step',
  'tier', 'category', 'season', 'episode', 'volume', 'vol', 'vol.', 'flight', 'route', 'highway', 'title', 'grade', 'class', 'model', 'version',
]);

/**
 * A number that names a thing rather than counts one: after a label noun
 * ("the phase 1 trade deal") or a proper name ("Boeing 787 jets", "Windows
 * 10", "Flight 370"), written right after it.
 */
function isLabel(tokens: readonly SplitToken[], n: NumberAt): boolean {
  const before = tokens[n.first - 1];
  if (!before || tokens[n.first]!.space === '' || tokens[n.first]!.type !== 'number') return false;
  if (LABEL_WORDS.has(before.normal)) return true;
  // "U.S. 25% tariffs": a share after a name is still a share.
  const after = tokens[n.last + 1]?.normal;
  return before.pos === 'PROPN' && !before.stop && /^\p{Lu}/u.test(before.value) && after !== '%' && after !== 'percent';
}

/** "two people familiar with the matter", "three sources briefed on it": who told the outlet, not a figure of the story. */
const SOURCES = new Set(['people', 'person', 'sources', 'source', 'officials', 'official', 'persons', 'individuals']);
const SOURCE_AFTER = /^(?:familiar|briefed|close|knowledgeable|with knowledge|who (?:spoke|asked|requested|declined|were not|was not|are not|is not)|not authorized|speaking on)/u;

function isSourceCount(tokens: readonly SplitToken[], at: number): boolean {
  if (!SOURCES.has(tokens[at]!.normal)) return false;
  return SOURCE_AFTER.test(tokens.slice(at + 1, at + 4).map((t) => t.normal).join(' '));
}

/**
 * "more than the 870,000 economists had expected": the people who expected the figure, after it, in a clause
 * whose object is the figure itself (what was expected goes unsaid), not a count of economists.
 */
const FORECASTERS = new Set(['economists', 'analysts', 'forecasters', 'experts', 'strategists', 'observers', 'pollsters', 'investors', 'traders']);
const EXPECTING = new Set(['expect', 'forecast', 'predict', 'estimate', 'anticipate', 'project', 'see']);

function isForecast(tokens: readonly SplitToken[], at: number): boolean {
  if (!FORECASTERS.has(tokens[at]!.normal)) return false;
  return tokens.slice(at + 1, at + 3).some((t) => EXPECTING.has(t.lemma));
}

/** The qualifier right before the number (quotes skipped), and where it starts. */
function qualifierBefore(tokens: readonly SplitToken[], first: number): { bound: 'atLeast' | 'atMost' | 'about'; start: number } | null {
  const words: { normal: string; at: number }[] = [];
  for (let j = first - 1; j >= 0 && words.length < 3; j--) {
    if (QUOTE_MARK.test(tokens[j]!.value)) continue;
    words.unshift({ normal: tokens[j]!.normal, at: j });
  }
  for (const [phrase, bound] of QUALIFIERS) {
    if (phrase.length > words.length) continue;
    const tail = words.slice(words.length - phrase.length);
    if (tail.every((w, k) => w.normal === phrase[k])) return { bound, start: tail[0]!.at };
  }
  return null;
}

function toAmount(n: NumberAt, bound: 'atLeast' | 'atMost' | 'about' | null): Amount {
  if (n.vague) return { low: n.low, high: n.high, bound: 'range', value: n.value };
  if (bound === 'atLeast') return { low: n.value, high: Infinity, bound, value: n.value };
  if (bound === 'atMost') return { low: 0, high: n.value, bound, value: n.value };
  if (bound === 'about') return { low: n.value * 0.85, high: n.value * 1.15, bound, value: n.value };
  return { low: n.value, high: n.value, bound: 'exact', value: n.value };
}

/** "68-year-old president": the age and who has it. */
function readAge(tokens: readonly SplitToken[], n: NumberAt): { object: string; last: number } | null {
  const seq = tokens.slice(n.last + 1, n.last + 5).map((t) => t.normal);
  if (seq[0] === '-' && /^years?$/u.test(seq[1] ?? '') && seq[2] === '-' && seq[3] === 'old') {
    const noun = tokens.slice(n.last + 5, n.last + 8).findIndex((t) => t.pos === 'NOUN');
    const at = noun >= 0 ? n.last + 5 + noun : n.last + 4;
    return { object: noun >= 0 ? tokens[at]!.normal : 'person', last: at };
  }
  return null;
}

/**
 * The counted noun of the nouns in a row that start at `j`: a kind figures count ("troops"), else, of a count
 * above one, the first plural ("three Justice Department lawyers", "40 health care workers home"), else the last
 * common noun ("a $1.9 trillion stimulus bill").
 */
function headOfNouns(tokens: readonly SplitToken[], j: number, value: number): number {
  // "a 12-inch MacBook", "a 5.5-inch touchscreen display": a unit joined to its figure describes what follows.
  if (tokens[j - 1]?.value === '-') return tokens[j + 1]?.pos === 'NOUN' ? j + 1 : j;
  // The row runs on through adjectives between nouns ("two coronavirus economic relief executive orders"), not into
  // a time after them ("his $1.9 trillion relief proposal last month").
  const inRow = (k: number): boolean => {
    const from = k;
    while (tokens[k]?.pos === 'ADJ') k++;
    return (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN') && (k === from || !OBJECT_CLASSES[tokens[k]!.normal]);
  };
  // "10 a.m. local time": a time of day.
  if (/^[ap]\.?m\.?$/u.test(tokens[j]!.normal)) return j;
  let end = j;
  while (!OBJECT_CLASSES[tokens[end]!.normal] && inRow(end + 1)) end++;
  let lastNoun = j;
  for (let k = j; k <= end; k++) {
    if (OBJECT_CLASSES[tokens[k]!.normal]) return k;
    // The first plural-looking ("lawyers", not "stimulus", "crisis" or "business"): a compound's modifiers are
    // singular, and a verb tagged as a noun may follow it ("five states cast votes", "jobless benefits last week").
    if (value > 1 && /\p{L}{2}s$/u.test(tokens[k]!.normal) && !/(?:ss|us|is)$/u.test(tokens[k]!.normal)) return k;
    if (tokens[k]!.pos === 'NOUN') lastNoun = k;
  }
  return lastNoun;
}

/** The counted noun after the number, skipping adjectives and "Russian-led". */
function readObject(tokens: readonly SplitToken[], n: NumberAt): { noun: string; at: number } | null {
  for (let j = n.last + 1; j <= Math.min(tokens.length - 1, n.last + OBJECT_WINDOW); j++) {
    const t = tokens[j]!;
    if (t.normal === '%' || t.normal === 'percent' || (t.normal === 'per' && tokens[j + 1]?.normal === 'cent')) return { noun: 'percent', at: t.normal === 'per' ? j + 1 : j };
    // "full-time-equivalent jobs": a noun joined to the next word by a hyphen modifies it.
    if (tokens[j + 1]?.value === '-' && !OBJECT_CLASSES[t.normal]) continue;
    if (OBJECT_CLASSES[t.normal] && t.pos !== 'VERB') return { noun: t.normal, at: j };
    // A name before a noun modifies it ("2,000 Russian troops"); a row of names alone is no count ("the Three Amigos").
    if (t.pos === 'NOUN') {
      const head = headOfNouns(tokens, j, n.value);
      return { noun: tokens[head]!.normal, at: head };
    }
    if (t.pos === 'PUNCT' && t.value !== '-') return null;
    if (!['ADJ', 'PROPN', 'VERB', 'ADV', 'ADP', 'PUNCT', 'NUM'].includes(t.pos)) return null;
    if (t.pos === 'ADP' && t.normal !== 'of') return null;
  }
  return null;
}

function peopleEvent(tokens: readonly SplitToken[], near: number): string | null {
  let best: string | null = null;
  let distance = Infinity;
  tokens.forEach((t, j) => {
    const event = PEOPLE_EVENTS[t.lemma] ?? PEOPLE_EVENTS[t.normal];
    if (event && Math.abs(j - near) < distance) {
      best = event;
      distance = Math.abs(j - near);
    }
  });
  return best;
}

/** For a duration: "take/last N days" (span), "in N days" (start), "N days after" (offset). */
function durationFrame(tokens: readonly SplitToken[], start: number, end: number): string {
  const after = tokens[end + 1]?.normal ?? '';
  if (['after', 'later', 'ago', 'before', 'earlier'].includes(after)) return 'offset';
  const before: string[] = [];
  for (let j = start - 1; j >= 0 && before.length < 3; j--) if (!QUOTE_MARK.test(tokens[j]!.value)) before.push(tokens[j]!.lemma);
  if (before[0] === 'in') return 'start';
  if (before.some((s) => ['take', 'took', 'last', 'within', 'for', 'span'].includes(s))) return 'span';
  return 'span';
}

/** Words that make a figure a sum over several things ("a total of 175 years", "combined"). */
const TOTAL_WORDS = new Set(['total', 'totalling', 'totaling', 'combined', 'cumulative', 'cumulatively', 'altogether']);
/** Words that make a figure one of several ("each", "$5 per share"). */
const EACH_WORDS = new Set(['each', 'per', 'apiece', 'every']);
/** Determiners between "all" and the things a total is of ("all the charges", "all 18 counts"). */
const ALL_DETERMINERS = new Set(['the', 'of', 'his', 'her', 'their', 'its', 'these', 'those']);
/** How many tokens before a figure a word of its scope may be ("a total of", "each carrying"). */
const SCOPE_BEFORE = 4;

/**
 * Whether a sentence or a sum is told for all of several things or for each
 * of them: "a maximum sentence of 175 years … if convicted of all the
 * charges" and "the conspiracy charge is punishable by up to five years" are
 * two measures, not two outlets disagreeing. Read from a few words before the
 * figure to the end of its clause.
 */
function scopeOf(tokens: readonly SplitToken[], first: number, last: number): 'total' | 'each' | null {
  let end = last + 1;
  while (end < tokens.length && !(tokens[end]!.pos === 'PUNCT' && /^[,;:()—–]$/u.test(tokens[end]!.value))) end++;
  for (let j = Math.max(0, first - SCOPE_BEFORE); j < end; j++) {
    if (j >= first && j <= last) continue;
    const word = tokens[j]!.normal;
    if (TOTAL_WORDS.has(word)) return 'total';
    if (EACH_WORDS.has(word)) return 'each';
    if (word === 'all' && j > last) {
      let k = j + 1;
      while (k < end && (ALL_DETERMINERS.has(tokens[k]!.normal) || tokens[k]!.type === 'number' || tokens[k]!.pos === 'ADJ')) k++;
      if (tokens[k]?.pos === 'NOUN' && tokens[k]!.normal !== tokens[k]!.lemma) return 'total';
    }
  }
  return null;
}

/** Words of a noun phrase before its noun ("the *jobless* rate", "*unemployment* rate"). */
const MODIFIER_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** How far from a share or a sum the noun it measures may be. */
const MEASURED_WINDOW = 5;

/** The possessive "'s" (or a plural's bare apostrophe) as its own token. */
const POSSESSIVE = /^['’]s?$/u;
/** Words that may come between a figure and the noun after it: "70% of American adults", "$20 billion in farm goods". */
const BEFORE_MEASURED = new Set(['of', 'in', 'on', 'worth', 'the', 'a', 'all', 'its', 'their', 'per']);

/**
 * What a percentage or a sum measures: the noun after it ("a 25% tariff", "70% of American adults"), else the
 * nearest noun before it ("tariffs rose to 25%"); `start` is where a share's claim then reads from, the noun
 * phrase before the figure ("the jobless rate dropped to 3.5%": "jobless rate dropped to 3.5%", not "3.5%" alone).
 */
function measured(tokens: readonly SplitToken[], first: number, last: number): { noun: string; start: number; end: number } | null {
  for (let j = last + 1; j < Math.min(tokens.length, last + 1 + MEASURED_WINDOW); j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN' && !t.stop && !OBJECT_CLASSES[t.normal]) {
      // The claim reads to the end of the noun phrase ("$20 billion in American farm products").
      let end = j;
      while (tokens[end + 1]?.pos === 'NOUN') end++;
      return { noun: t.lemma.toLowerCase(), start: first, end };
    }
    if (!BEFORE_MEASURED.has(t.normal) && t.pos !== 'ADJ' && t.pos !== 'PROPN') break;
  }
  for (let j = first - 1; j >= Math.max(0, first - MEASURED_WINDOW); j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' && !QUOTE_MARK.test(t.value) && t.value !== '$') return null;
    // An owner before the sum opens its own phrase: "the crossroads of China's $1.5 trillion Belt and Road Initiative".
    if (t.pos === 'PART' && POSSESSIVE.test(t.value)) return null;
    if (t.pos === 'NOUN' && !t.stop && !OBJECT_CLASSES[t.normal]) {
      let start = j;
      while (start > 0 && MODIFIER_TAGS.has(tokens[start - 1]!.pos) && !tokens[start - 1]!.stop && tokens[start - 1]!.space !== '') start--;
      return { noun: t.lemma.toLowerCase(), start, end: last };
    }
  }
  return null;
}

/** Words that join the parts of a name ("Belt and Road Initiative", "Bank of England"). */
const NAME_JOINERS = new Set(['and', 'of', '&']);
const NAME_MAX_TOKENS = 5;

/**
 * The last token of a name right after `last` ("$1.5 trillion Belt and Road
 * Initiative"), or `last`: a sum that measures nothing common is worded with
 * the name it is of, so that a reader sees what it is, while it meets only the
 * same figure (its key has no noun).
 */
function nameAfter(tokens: readonly SplitToken[], last: number): number {
  // In a Title Case headline every word reads as a name ("$690 Bill To Fund Troops").
  if (isTitleCase(toParsed(tokens))) return last;
  let end = last;
  for (let j = last + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PROPN') end = j;
    else if (!(end > last && NAME_JOINERS.has(t.normal) && tokens[j + 1]?.pos === 'PROPN')) break;
  }
  // A longer run is names side by side, not one ("$8.8 billion Emirates Dubai Airshow Business Emirates").
  return end - last <= NAME_MAX_TOKENS ? end : last;
}

function phrase(tokens: readonly SplitToken[], first: number, last: number): string {
  let out = '';
  for (let j = first; j <= last; j++) out += (j === first ? '' : tokens[j]!.space) + tokens[j]!.value;
  return out.replace(/^["“”'‘’]\s*/u, '');
}

/** Words that may follow the first figure of a change before its "to": its unit ("from 3.9 percent to 4.2 percent"). */
const CHANGE_UNITS = new Set(['%', 'percent', 'per', 'cent', 'dollar', 'dollars']);

/** How far before a change's "from" its verb may be ("cut the price from $25 to $20"). */
const CHANGE_VERB_WINDOW = 4;

interface Change {
  /** The second figure's first token. */
  to: number;
  /** The "from" token and the verb before it. */
  from: number;
  verb: number;
}

/**
 * "rose from 3.9 percent to 4.2 percent", "cut the price from $25 to $20": a
 * verb, then "from" the figure at `n`, then "to" another; or null. The first
 * figure is what the thing was, not what the outlet says it is: read alone, it
 * would meet another outlet's "rose to 4.2 percent" as a conflicting figure.
 */
function changeAt(tokens: readonly SplitToken[], n: NumberAt): Change | null {
  const from = tokens[n.first - 1]?.value === '$' ? n.first - 2 : n.first - 1;
  if (tokens[from]?.normal !== 'from') return null;
  let verb = -1;
  for (let j = from - 1; j >= Math.max(0, from - CHANGE_VERB_WINDOW) && tokens[j]!.pos !== 'PUNCT'; j--) {
    if (tokens[j]!.pos === 'VERB') {
      verb = j;
      break;
    }
  }
  if (verb < 0) return null;
  let j = n.last + 1;
  while (j < tokens.length && CHANGE_UNITS.has(tokens[j]!.normal)) j++;
  if (tokens[j]?.normal !== 'to') return null;
  const to = tokens[j + 1]?.value === '$' ? j + 2 : j + 1;
  return to < tokens.length && readNumber(tokens, to) ? { to, from, verb } : null;
}

export function findQuantities(tokens: readonly SplitToken[]): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  /** The change whose second figure comes next ("from 3.9 percent to 4.2 percent"). */
  let change: Change | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n) continue;
    i = n.last;
    if (isDatePart(tokens, n) || isLabel(tokens, n)) continue;
    const starts = changeAt(tokens, n);
    if (starts) {
      change = starts;
      i = starts.to - 1;
      continue;
    }
    // The claim of a change reads from its verb: "unemployment rate rose from 3.9 percent to 4.2 percent".
    const changed = change?.to === n.first ? change : null;
    change = null;
    const qualifier = qualifierBefore(tokens, n.first);
    const start = changed?.verb ?? qualifier?.start ?? n.first;
    const amount = toAmount(n, qualifier?.bound ?? null);
    const age = readAge(tokens, n);
    if (age) {
      out.push({ key: `age/${age.object}`, text: phrase(tokens, start, age.last), amount });
      i = age.last;
      continue;
    }
    if (isBackReference(tokens, n)) continue;
    const read = readObject(tokens, n);
    if (read && (isSourceCount(tokens, read.at) || isForecast(tokens, read.at))) continue;
    // "one" is a pronoun as often as a count ("one following", "One chapter closed"): a count of a kind of thing figures are told of.
    if (tokens[n.first]!.normal === 'one' && !(read && OBJECT_CLASSES[read.noun])) continue;
    const before = tokens[n.first - 1];
    const dollars = before?.value === '$' || read?.noun === 'dollars' || read?.noun === 'dollar';
    // "20 billion dollars": the currency is what is counted, not what the sum is of.
    const object = dollars && (read?.noun === 'dollars' || read?.noun === 'dollar') ? null : read;
    if (!object && !dollars) continue;
    const cls = dollars ? 'dollars' : (OBJECT_CLASSES[object!.noun] ?? object!.noun);
    const end = read?.at ?? n.last;
    // 'the term "three amigos"': a phrase in its own quotation marks is named, not counted.
    if (QUOTE_MARK.test(tokens[start - 1]?.value ?? '') && QUOTE_MARK.test(tokens[end + 1]?.value ?? '')) continue;
    let key = `quantity/${cls}`;
    if (cls === 'people') key += `/${peopleEvent(tokens, n.first) ?? 'counted'}`;
    if (DURATION_CLASSES.has(cls)) key += `/${durationFrame(tokens, start, end)}`;
    const scope = DURATION_CLASSES.has(cls) || dollars ? scopeOf(tokens, start, end) : null;
    if (scope) key += `/${scope}`;
    if (dollars && object) key += `/${object.noun}`;
    // A share or a sum alone says nothing of what it measures ("tariffs of 25%" and "wages fell 0.16 percent" are
    // not one figure told two ways); one measuring nothing named meets only the same figure, never conflicting.
    const what = cls === 'percent' || (dollars && !object) ? measured(tokens, changed?.from ?? n.first, end) : null;
    if (cls === 'percent' || (dollars && !object)) key += `/${what?.noun ?? `=${n.value}`}`;
    // A share reads from what it measures ("wages fell 0.16 percent"); a sum's noun before it is mostly a preposition's ("a case for $150").
    const from = Math.min(dollars && before?.value === '$' ? Math.min(start, n.first - 1) : start, cls === 'percent' ? (what?.start ?? start) : start);
    const named = dollars && !object && !what ? nameAfter(tokens, end) : end;
    out.push({ key, text: phrase(tokens, from, Math.max(named, what?.end ?? end)), amount });
  }
  return out;
}
