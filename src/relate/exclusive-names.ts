/**
 * Two events of one kind told apart by their names. Average link joins two
 * DUI arrests of one team, two fires at one supermarket chain's stores or two
 * clubs' offers to one player: the readings share the whole vocabulary of
 * the kind of event, and only the names differ. After the clustering, a story
 * whose readings fall in two sides, each side naming someone (or somewhere,
 * or some organisation) the other side never names, and whose readings are
 * much closer within each side than across, is split in two: one side's
 * readings all say "Vincent Jackson", the other's "Jamal Williams", and none
 * says both.
 *
 * Only stories of full texts (headlines are too short to name both parties)
 * and large enough to have two sides of two readings or more each. Names that
 * share a word ("Thompson", "Tony Thompson") are one name: their readings
 * share the surname's key (weights.ts), which keeps the sides close.
 * Measured on ECB+ and NEUS (`docs/findings/story-grouping.md`, session 30).
 */
import { HEADLINE_WORDS } from './link.js';
import { cosine, weigh, type WeightedDoc } from './weights.js';
import type { EntityKind, Features, RelateStats } from './types.js';

/** Each side's name is in at least this share of the story's readings (and at least MIN_SIDE of them). */
export const MIN_SIDE_SHARE = 0.2;
export const MIN_SIDE = 2;
/** Most the two sides' mean cosine across may be, as a share of their mean cosine within. */
export const MAX_ACROSS = 0.55;
/** Readings of a side whose pairs are averaged (a side's first ones by id): bounds the work on big stories. */
const SAMPLE = 60;

export interface ExclusiveNamesOptions {
  features: (id: string) => Features;
  stats: RelateStats;
  /** Whether the story must stay whole (settled stories, corrections by hand). */
  keptWhole: (members: readonly string[]) => boolean;
}

/** Each group, or its parts when it holds two events told apart by their names; members stay sorted. */
export function splitByExclusiveNames(groups: readonly string[][], options: ExclusiveNamesOptions): string[][] {
  const vectors = new Map<string, WeightedDoc>();
  const vector = (id: string): WeightedDoc => {
    let v = vectors.get(id);
    if (!v) vectors.set(id, (v = weigh(options.features(id), options.stats)));
    return v;
  };
  const meanCosine = (xs: readonly string[], ys: readonly string[]): number => {
    let sum = 0;
    let pairs = 0;
    for (const x of xs.slice(0, SAMPLE)) {
      for (const y of ys.slice(0, SAMPLE)) {
        if (x === y) continue;
        sum += cosine(vector(x), vector(y));
        pairs++;
      }
    }
    return pairs ? sum / pairs : 0;
  };
  const split = (members: string[]): string[][] => {
    if (options.keptWhole(members)) return [members];
    const sides = exclusiveSides(members, options.features);
    if (!sides) return [members];
    const [a, b] = sides;
    const within = (meanCosine(a, a) + meanCosine(b, b)) / 2;
    if (meanCosine(a, b) > MAX_ACROSS * within) return [members];
    const inA = new Set(a);
    const inB = new Set(b);
    const sideA = [...a];
    const sideB = [...b];
    for (const id of members) {
      if (inA.has(id) || inB.has(id)) continue;
      (meanCosine([id], a) >= meanCosine([id], b) ? sideA : sideB).push(id);
    }
    return [...split(sideA.sort()), ...split(sideB.sort())];
  };
  return groups.flatMap((members) => split([...members]));
}

/**
 * The readings naming each of two names of one kind that no reading names
 * together, covering the most readings between them; null when the story
 * has no such pair (or is headlines).
 */
function exclusiveSides(members: readonly string[], features: (id: string) => Features): [string[], string[]] | null {
  const holders = new Map<string, { kind: EntityKind; ids: Set<string> }>();
  let words = 0;
  for (const id of members) {
    const f = features(id);
    words += f.words;
    for (const e of f.entities) {
      const h = holders.get(e.key) ?? { kind: e.kind, ids: new Set<string>() };
      h.ids.add(id);
      holders.set(e.key, h);
    }
  }
  if (words / members.length <= HEADLINE_WORDS) return null;
  const least = Math.max(MIN_SIDE, Math.ceil(MIN_SIDE_SHARE * members.length));
  const names = [...holders]
    .filter(([, h]) => h.ids.size >= least && h.ids.size <= members.length - least)
    .sort((x, y) => y[1].ids.size - x[1].ids.size || (x[0] < y[0] ? -1 : 1));
  let best: { a: string; b: string; cover: number } | null = null;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, ha] = names[i]!;
      const [b, hb] = names[j]!;
      if (!compatible(ha.kind, hb.kind) || [...ha.ids].some((id) => hb.ids.has(id))) continue;
      const cover = ha.ids.size + hb.ids.size;
      if (!best || cover > best.cover) best = { a, b, cover };
    }
  }
  if (!best) return null;
  return [[...holders.get(best.a)!.ids].sort(), [...holders.get(best.b)!.ids].sort()];
}

/**
 * Two names can stand for the two sides' same role when their kinds agree, or
 * one kind is unknown and the other a person's or an organisation's (the
 * tagger knows "Tony Thompson" for a person and not "Hasim Rahman"). A name of
 * unknown kind against a place is often a part of it ("Champs-Elysees" in
 * "Paris"), not another place.
 */
function compatible(a: EntityKind, b: EntityKind): boolean {
  if (a === b) return true;
  const other = a === 'name' ? b : b === 'name' ? a : null;
  return other === 'person' || other === 'organisation';
}
