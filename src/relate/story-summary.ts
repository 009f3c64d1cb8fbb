/**
 * A story's title and outlets. The title is the most representative
 * headline: the member title whose words recur most in the other members'
 * titles: their count over the square root of its number of words (the
 * cosine with the story's titles), so that neither a vague headline of the
 * story's one commonest word ("Game on", "L'Wren Scott") nor a long one wins
 * by its length; a headline cut short ("…"), or a label of names alone
 * ("Turkey Twitter 1", "L'Wren Scott": a caption's or a gallery's title, which
 * says nothing happened), or one that names its own outlet ("PolitiFact’s
 * guide to understanding tariffs and trade": a title of the outlet's piece,
 * not of the event), or someone's words ("Impeachment sham completely
 * debunked: White House"), only when all are. Ties go to the earliest, then
 * the smallest id.
 */
import { titlesAnotherThing } from '../domain/headlines.js';
import { isCutShort } from '../domain/strings.js';
import type { Features } from './types.js';
import { distinctOutlets } from '../domain/outlets.js';

export interface StorySummary {
  title: string;
  /** Distinct outlets, most frequent first. */
  outlets: string[];
  /** Members whose outlet is unknown. */
  unknownOutlets: number;
  firstDay: string | null;
  lastDay: string | null;
}

export function summarizeStory(members: readonly { id: string; features: Features }[]): StorySummary {
  // How many members' titles hold each term: a member's score is the mean, over
  // its title's words, of how many other titles share the word (linear in the
  // story's size; the pairwise count was quadratic, and stories reach hundreds).
  const titlesWith = new Map<string, number>();
  for (const m of members) for (const w of new Set(m.features.titleTerms)) titlesWith.set(w, (titlesWith.get(w) ?? 0) + 1);
  let best: { score: number; day: string; id: string; title: string } | null = null;
  const whole = members.some((m) => m.features.title.trim() && !isCutShort(m.features.title));
  const notOfTheEvent = new Set(members.filter((m) => namesAlone(m.features) || titlesAnotherThing(m.features.title, m.features.outlet)).map((m) => m.id));
  const telling = members.some((m) => m.features.title.trim() && !isCutShort(m.features.title) && !notOfTheEvent.has(m.id));
  for (const m of members) {
    if (whole && isCutShort(m.features.title)) continue;
    if (telling && notOfTheEvent.has(m.id)) continue;
    const words = new Set(m.features.titleTerms);
    let shared = 0;
    for (const w of words) shared += titlesWith.get(w)! - 1;
    const score = words.size > 0 ? shared / Math.sqrt(words.size) : 0;
    const day = m.features.day ?? '9999';
    const better = !best || score > best.score || (score === best.score && (day < best.day || (day === best.day && m.id < best.id)));
    if (better && m.features.title.trim()) best = { score, day, id: m.id, title: m.features.title.trim() };
  }
  const days = members.map((m) => m.features.day).filter((d): d is string => d !== null).sort();
  return {
    title: best?.title ?? '',
    outlets: distinctOutlets(members.flatMap((m) => (m.features.outlet ? [m.features.outlet] : []))),
    unknownOutlets: members.filter((m) => !m.features.outlet).length,
    firstDay: days[0] ?? null,
    lastDay: days[days.length - 1] ?? null,
  };
}

/** Whether every word of the title is a word of a name the reading holds: a label, not a headline. */
function namesAlone(features: Features): boolean {
  if (features.titleTerms.length === 0) return false;
  const nameWords = new Set(features.entities.flatMap((e) => e.key.split(' ')));
  return features.titleTerms.every((t) => nameWords.has(t));
}
