/**
 * Numbers and dates from wink-nlp's entities, normalized so that two outlets
 * writing "2,500", "10 per cent" and "10%" agree.
 */
import { wordTable } from '../domain/strings.js';
import type { NlpToolkit } from './nlp.js';
import type { ParsedText } from './parse.js';

const NUMBER_TYPES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'DURATION']);
const NUMBER_WORDS = wordTable<string>({
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', dozen: '12', hundred: '100', thousand: '1000',
});
const VAGUE = new Set(['1', '0', 'one', 'a', 'an']);

/** Hedges before a figure ("more than 2,000", "about ten"): outlets differ on them, not on the figure. */
const HEDGE = /^(?:(?:no |not )?(?:more|less|fewer) than|at least|at most|up to|about|around|roughly|nearly|almost|over|some|approximately|just|only|some) /u;

export function normalizeNumber(value: string): string | null {
  let v = value.toLowerCase().replace(HEDGE, '').replace(/(\d),(?=\d{3}\b)/gu, '$1').replace(/\bper ?cent\b/gu, '%').replace(/\s+%/gu, '%');
  v = v.replace(/\b[a-z]+\b/gu, (w) => NUMBER_WORDS[w] ?? w.replace(/s$/u, ''));
  v = v.replace(/\s+/gu, ' ').trim();
  if (!/\d/u.test(v) || VAGUE.has(v)) return null;
  return v;
}

const YEAR = /^(?:19|20)\d\d$/u;

export function normalizeDate(nlp: NlpToolkit, value: string): string | null {
  const v = value.toLowerCase().replace(/(\d)(?:st|nd|rd|th)\b/gu, '$1').replace(/[.,]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (/\d/u.test(v)) return v;
  const named = v.split(' ').some((w) => nlp.lexicon(w).some((t) => t === 'Month' || t === 'WeekDay'));
  return named ? v : null;
}

export interface NumbersAndDates {
  numbers: string[];
  dates: string[];
}

export function findNumbersAndDates(nlp: NlpToolkit, parsed: ParsedText): NumbersAndDates {
  const numbers: string[] = [];
  const dates: string[] = [];
  for (const e of parsed.entities) {
    if (e.type === 'DATE') {
      const d = normalizeDate(nlp, e.value);
      if (d) dates.push(d);
    } else if (NUMBER_TYPES.has(e.type)) {
      const n = normalizeNumber(e.value);
      if (n === null) continue;
      (YEAR.test(e.value.trim()) ? dates : numbers).push(n);
    }
  }
  return { numbers, dates };
}
