/**
 * Date claims: a day or weekday with what happened on it ("began pulling out
 * on Thursday"), resolved with chrono-node against the reading's
 * publication date when it has one; without one, a weekday stays a weekday.
 * The event is the verb nearest to the date, verbs of saying left out.
 */
import * as chrono from 'chrono-node/en';
import type { SplitToken } from '../summarize/sentences.js';
import { REPORTING } from './lexicon.js';

export interface DateClaim {
  key: string;
  text: string;
  /** YYYY-MM-DD when resolved. */
  date?: string;
  weekday?: string;
}

/** A date named outright: a weekday, a month, or digits (relative ones, "last week", are too vague to compare). */
const NAMED = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d\d-\d\d/iu;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

function eventNear(tokens: readonly SplitToken[], starts: readonly number[], from: number, to: number): string | null {
  let best: string | null = null;
  let distance = Infinity;
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || REPORTING.has(t.normal)) return;
    const d = starts[i]! < from ? from - starts[i]! : Math.max(0, starts[i]! - to);
    if (d < distance) {
      distance = d;
      best = t.lemma;
    }
  });
  return best;
}

export function findDates(text: string, tokens: readonly SplitToken[], publishedAt: string | null): DateClaim[] {
  const reference = publishedAt ? new Date(publishedAt) : null;
  const valid = reference && !Number.isNaN(reference.getTime()) ? reference : null;
  const starts = offsets(tokens);
  const out: DateClaim[] = [];
  // "will be completed on Wednesday": a weekday in the future tense is the next one.
  const forwardDate = tokens.some((t) => t.normal === 'will');
  for (const r of chrono.parse(text, valid ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate })) {
    const weekdayNumber = r.start.get('weekday');
    const certainDay = r.start.isCertain('day');
    if ((!certainDay && weekdayNumber === null) || !NAMED.test(r.text)) continue;
    const event = eventNear(tokens, starts, r.index, r.index + r.text.length);
    if (!event) continue;
    const claim: DateClaim = { key: `date/${event}`, text: r.text.replace(/^(?:on|by|since|until)\s+/iu, '').replace(/[\s,.;:]+$/u, '') };
    if (weekdayNumber !== null) claim.weekday = WEEKDAYS[weekdayNumber]!;
    if (valid || (certainDay && r.start.isCertain('year'))) claim.date = r.start.date().toISOString().slice(0, 10);
    else if (certainDay && r.start.isCertain('month')) claim.date = `--${r.start.date().toISOString().slice(5, 10)}`;
    out.push(claim);
  }
  return out;
}
