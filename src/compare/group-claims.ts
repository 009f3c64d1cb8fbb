/**
 * Claims of all readings grouped by what they are about (their key), then
 * each outlet sorted against the figure most outlets give: the same,
 * compatible (the two intervals overlap: "more than 2,000" and "2,500"), or
 * conflicting (they cannot both be true).
 */
import { sameWording } from './quotes.js';
import type { Amount, ClaimGroup, ClaimKind, ClaimMention } from './types.js';
import { outletIdentity } from '../domain/outlets.js';

export interface KeyedMention {
  kind: ClaimKind;
  key: string;
  mention: ClaimMention;
}

type Relation = 'same' | 'compatible' | 'conflicting';

/**
 * Whether two resolved dates are one day: a date whose year its reading could
 * not tell ("--12-06": "Friday, Dec. 6" in an undated text) is any year's.
 */
export function sameCalendarDay(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('--')) return b.endsWith(a.slice(1));
  return b.startsWith('--') && a.endsWith(b.slice(1));
}

/** Whether two figures can both be true: their intervals meet ("more than 2,000" and "2,500"). */
export const amountsMeet = (a: { low: number; high: number }, b: { low: number; high: number }): boolean => Math.max(a.low, b.low) <= Math.min(a.high, b.high);

function amountSignature(a: Amount): string {
  return `${a.bound}:${a.value}:${a.low}:${a.high}`;
}

function signature(kind: ClaimKind, m: ClaimMention): string {
  if (kind === 'quantity' && m.amount) return amountSignature(m.amount);
  if (kind === 'date') return m.date ?? m.weekday ?? m.text.toLowerCase();
  return '';
}

function relate(kind: ClaimKind, a: ClaimMention, b: ClaimMention): Relation {
  // The same speaker's words, paraphrased by one outlet: compatible, shown with its own wording.
  if (kind === 'quote') return sameWording(a.text, b.text) ? 'same' : 'compatible';
  if (signature(kind, a) === signature(kind, b)) return 'same';
  if (kind === 'quantity' && a.amount && b.amount) {
    return amountsMeet(a.amount, b.amount) ? 'compatible' : 'conflicting';
  }
  if (kind === 'date') {
    if (a.date && b.date) return sameCalendarDay(a.date, b.date) ? 'same' : 'conflicting';
    // The same weekday, resolved to a day by one outlet only (the other has no publication date): the same claim.
    if (a.weekday && b.weekday) return a.weekday === b.weekday ? 'same' : 'conflicting';
    return 'compatible';
  }
  return 'same';
}

/** The signature the most outlets give (a resolved date, then the first seen, wins a tie). */
function representative(kind: ClaimKind, mentions: readonly ClaimMention[]): ClaimMention {
  const outlets = new Map<string, Set<string>>();
  const first = new Map<string, ClaimMention>();
  for (const m of mentions) {
    const s = signature(kind, m);
    if (!outlets.has(s)) outlets.set(s, new Set());
    // Worded as a body says it, rather than in a headline's Title Case ("Two Days").
    const known = first.get(s);
    if (!known || (known.index < 0 && m.index >= 0)) first.set(s, m);
    outlets.get(s)!.add(outletIdentity(m));
  }
  let best = signature(kind, mentions[0]!);
  for (const [s, set] of outlets) {
    const size = outlets.get(best)!.size;
    // A tie between a weekday and the day it resolves to: show the day.
    if (set.size > size || (set.size === size && first.get(s)!.date && !first.get(best)!.date)) best = s;
  }
  return first.get(best)!;
}

function label(kind: ClaimKind, rep: ClaimMention): string {
  if (kind === 'quote') return `“${rep.text}”${rep.speaker ? ` (${rep.speaker})` : ''}`;
  if (kind === 'date') return `${rep.text}${rep.date && rep.date !== rep.text ? ` (${rep.date})` : ''}`;
  return rep.text;
}

const RANK: Record<Relation, number> = { same: 0, compatible: 1, conflicting: 2 };

export function groupClaims(mentions: readonly KeyedMention[]): ClaimGroup[] {
  const byKey = new Map<string, { kind: ClaimKind; mentions: ClaimMention[] }>();
  for (const { kind, key, mention } of mentions) {
    const group = byKey.get(key) ?? { kind, mentions: [] };
    group.mentions.push(mention);
    byKey.set(key, group);
  }
  const groups: ClaimGroup[] = [];
  for (const [key, { kind, mentions }] of byKey) {
    partsOf(kind, mentions).forEach((all, k) => groups.push(groupOf(kind, k === 0 ? key : `${key}#${k + 1}`, all)));
  }
  const size = (g: ClaimGroup) => g.statedBy.length + g.compatible.length + g.conflicting.length;
  return groups.sort((a, b) => size(b) - size(a) || a.key.localeCompare(b.key));
}

/**
 * The mentions of one key, as one claim; as several when an outlet gives two
 * figures or days for it that cannot both be true: that outlet tells of several
 * things of the kind (a deals page's "more than 24 hours" and "up to 10 hours"
 * of battery, two rounds of tariffs), so each figure is a claim of its own,
 * and another outlet's different figure is about another of them, not a
 * contradiction.
 */
function partsOf(kind: ClaimKind, all: readonly ClaimMention[]): ClaimMention[][] {
  if (kind !== 'quantity' && kind !== 'date') return [[...all]];
  if (kind === 'date' && all.some((a, i) => all.slice(i + 1).some((b) => weeksApart(a, b)))) {
    return splitBy(kind, all, weeksApart).flatMap((part) => partsOf(kind, part));
  }
  const byOutlet = new Map<string, ClaimMention[]>();
  for (const m of all) {
    const key = outletIdentity(m);
    const ms = byOutlet.get(key);
    if (ms) ms.push(m);
    else byOutlet.set(key, [m]);
  }
  const several = [...byOutlet.values()].some((ms) => ms.some((a, i) => ms.slice(i + 1).some((b) => relate(kind, a, b) === 'conflicting')));
  if (!several) return [[...all]];
  return splitBy(kind, all, (a, b) => relate(kind, a, b) === 'conflicting');
}

/** The mentions in parts: the representative's, with those that are not apart from it, then the rest likewise. */
function splitBy(kind: ClaimKind, all: readonly ClaimMention[], apart: (a: ClaimMention, b: ClaimMention) => boolean): ClaimMention[][] {
  const parts: ClaimMention[][] = [];
  let rest = [...all];
  while (rest.length > 0) {
    const rep = representative(kind, rest);
    const part: ClaimMention[] = [];
    const other: ClaimMention[] = [];
    for (const m of rest) (apart(rep, m) ? other : part).push(m);
    parts.push(part);
    rest = other;
  }
  return parts;
}

/** Days between two dates of one event beyond which they tell two happenings of it, not two outlets disagreeing. */
const SAME_HAPPENING_DAYS = 7;

/**
 * Two dates of one kind of event weeks apart ("planned to impose Dec. 15" a
 * round of tariffs, "imposed on Sept. 1" the round before): outlets that
 * misdate an event are off by a day or two, not by months.
 */
function weeksApart(a: ClaimMention, b: ClaimMention): boolean {
  if (!a.date || !b.date || a.date.startsWith('--') || b.date.startsWith('--')) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) > SAME_HAPPENING_DAYS * 86_400_000;
}

function groupOf(kind: ClaimKind, key: string, all: readonly ClaimMention[]): ClaimGroup {
  const rep = representative(kind, all);
  // One entry per outlet: its mention closest to the representative.
  const perOutlet = new Map<string, { m: ClaimMention; r: Relation }>();
  for (const m of all) {
    const r = relate(kind, rep, m);
    const known = perOutlet.get(outletIdentity(m));
    if (!known || RANK[r] < RANK[known.r]) perOutlet.set(outletIdentity(m), { m, r });
  }
  const pick = (r: Relation) => [...perOutlet.values()].filter((x) => x.r === r).map((x) => x.m);
  return { kind, key, label: label(kind, rep), statedBy: pick('same'), compatible: pick('compatible'), conflicting: pick('conflicting'), singleOutlet: perOutlet.size === 1, silent: [] };
}
