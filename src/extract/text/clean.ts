/**
 * The body cleaner: from the lines of a dump, the indexes of the lines that
 * make the article body, in order, each once.
 *
 *   1. score every line (classify.ts) from its features and repetition;
 *   2. take the densest run of body-like lines (region.ts);
 *   3. inside it, drop furniture, keep prose and the short lines between prose
 *      (subheadings, list items);
 *   4. keep each paragraph once (a paragraph or a whole body printed twice);
 *   5. trim from both ends short lines that share no words with the rest
 *      (a syndication note, a newsletter prompt that reads like a sentence).
 */
import type { Line } from './blocks.js';
import { classOf, scoreLine, type LineClass } from './classify.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { isListItem, listAfter } from './lists.js';
import { bestRegion, lineValue, withHardGaps, type Region } from './region.js';
import { countRepeats, firstOccurrences, repetitionKeys, shapeKey, templateLines } from './repetition.js';
import { termCounts } from './topic.js';
import { trimOffTopicEdges } from './trim.js';

export interface CleanResult {
  /** Indexes into the lines of the body paragraphs, in order. */
  kept: number[];
  /** The main region, null when nothing reads as body. */
  region: Region | null;
  features: LineFeatures[];
  classes: LineClass[];
  /** Content-word counts of the kept lines (topic.ts). */
  terms: Map<string, number>;
}

export function cleanLines(lines: readonly Line[]): CleanResult {
  const features = lines.map(lineFeatures);
  const keys = repetitionKeys(lines);
  const repeats = countRepeats(keys);
  const scores = lines.map((line, i) => scoreLine(line, features[i]!, repeats[i] ?? 1));
  const classes = scores.map(classOf);
  const itemized = listItems(lines, features, classes);
  const values = classes.map((c, i) => {
    const v = lineValue(c, scores[i]!, features[i]!.units);
    return v > 0 && itemized[i] ? v * 0.1 : v;
  });
  const region = bestRegion(withHardGaps(values, classes.map((c) => c === 'body')));
  if (!region) return { kept: [], region, features, classes, terms: new Map() };
  const inside: number[] = [];
  for (let i = region.start; i <= region.end; i++) {
    if (classes[i] !== 'junk' || isBridged(i, scores, features, repeats) || isListItem(lines[i]!, features[i]!, repeats[i] ?? 1) || isPlainInside(i, scores, features, repeats)) {
      inside.push(i);
    }
  }
  const unique = firstOccurrences(keys, inside);
  const terms = termCounts(unique.map((i) => lines[i]!.text));
  const trimmed = trimOffTopicEdges(lines, features, classes, repeats, unique, terms);
  const last = trimmed[trimmed.length - 1];
  const kept = last === undefined ? trimmed : [...trimmed, ...firstOccurrences(keys, listAfter(lines, features, repeats, last, terms))];
  return { kept, region, features, classes, terms };
}

/**
 * Lines that are items of a list of comments or stories: the text under a
 * recurring timestamp line ("2 days ago at 07:54 am", "November 19, 2019 at
 * 6:34 am" printed over every comment), up to the next furniture line.
 */
function listItems(lines: readonly Line[], features: readonly LineFeatures[], classes: readonly LineClass[]): boolean[] {
  const template = templateLines(lines, features.map((f) => f.units));
  // A timestamp shape heads list items only when it does so at least three times.
  const headed = new Map<string, number>();
  const shapes = lines.map((l, i) => (template[i] && features[i]!.dateish ? shapeKey(l.text) : null));
  shapes.forEach((shape, i) => {
    if (shape !== null && (classes[i + 1] === 'body' || classes[i + 2] === 'body')) headed.set(shape, (headed.get(shape) ?? 0) + 1);
  });
  const out: boolean[] = new Array<boolean>(lines.length).fill(false);
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const shape = shapes[i];
    if (shape != null && (headed.get(shape) ?? 0) >= 3) open = true;
    else if (classes[i] === 'junk') open = false;
    else out[i] = open;
  }
  return out;
}

/**
 * Inside the main region, a line is dropped for furniture evidence, not for
 * being short: a plain line ("Path A: Iceland, Bulgaria") without links,
 * cues, placeholders or repetition stays.
 */
function isPlainInside(i: number, scores: readonly number[], features: readonly LineFeatures[], repeats: readonly number[]): boolean {
  const f = features[i]!;
  return (scores[i] ?? 0) > PLAIN_INSIDE_MIN && f.units >= 3 && !f.furniture && !f.linkish && !f.caption && f.legal === 0 && f.placeholders === 0 && !f.glued && !f.dateish && (repeats[i] ?? 1) === 1;
}

/** The lowest score of a plain line kept inside the main region. */
const PLAIN_INSIDE_MIN = -3;

/**
 * A weakly negative line between two body lines, with no furniture evidence
 * of its own, is a body line that reads oddly (a paragraph cut by a line break).
 */
function isBridged(i: number, scores: readonly number[], features: readonly LineFeatures[], repeats: readonly number[]): boolean {
  const f = features[i]!;
  if ((scores[i] ?? 0) < -2 || f.furniture || f.linkish || f.caption || (repeats[i] ?? 1) > 1) return false;
  return (scores[i - 1] ?? 0) >= 1.5 && (scores[i + 1] ?? 0) >= 1.5;
}
