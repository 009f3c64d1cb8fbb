/**
 * The body cleaner: from the lines of a dump, the indexes of the lines that
 * make the article body, in order, each once.
 *
 *   1. score every line (classify.ts) from its features and repetition;
 *   2. take the densest run of body-like lines (region.ts), numbered rows
 *      of a table or a calendar counting with them (tables.ts);
 *   3. inside it, drop furniture, photo captions (captions.ts) and short
 *      lines worded as furniture (a newsletter prompt between paragraphs);
 *      keep prose and the short lines between prose (subheadings, list items,
 *      the questions and answers of an interview);
 *   4. keep each paragraph once (a paragraph or a whole body printed twice;
 *      a highlight above the body at its place in the body);
 *   5. cut lists of other stories (related.ts), a comment form and what
 *      follows it (comment-form.ts), and other articles that bylines split
 *      off the body (next-article.ts);
 *   6. trim from both ends what shares no words with the rest or is a
 *      teaser (trim.ts), then add a list the body leads into (lists.ts).
 */
import type { Line } from './blocks.js';
import { classOf, scoreLine, type LineClass } from './classify.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { isInterviewLine, isListItem, listAfter } from './lists.js';
import { bestRegion, lineValue, withHardGaps, type Region } from './region.js';
import { captionLines } from './captions.js';
import { cutAtCommentForm } from './comment-form.js';
import { longestBetweenBylines } from './next-article.js';
import { cutAtRelatedList } from './related.js';
import { numberedRows } from './tables.js';
import { highlightIndexes } from '../common/dedupe.js';
import { countRepeats, firstOccurrences, repetitionKeys, shapeKey, templateLines } from './repetition.js';
import { termCounts, wordsCache } from './topic.js';
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
  const keys = repetitionKeys(lines);
  const features = featuresOf(lines, keys);
  const repeats = countRepeats(keys);
  const scores = lines.map((line, i) => scoreLine(line, features[i]!, repeats[i] ?? 1));
  const classes = scores.map(classOf);
  const itemized = listItems(lines, features, classes);
  const rows = numberedRows(lines, features);
  const values = classes.map((c, i) => {
    if (rows[i]) return features[i]!.units * ROW_VALUE;
    // A teaser's headline glued to its summary is never the article's prose, however sentence-like its summary reads.
    const v = lineValue(features[i]!.glued && c === 'body' ? 'neutral' : c, scores[i]!, features[i]!.units);
    return v > 0 && itemized[i] ? v * 0.1 : v;
  });
  const region = bestRegion(withHardGaps(values, classes.map((c, i) => (c === 'body' && !itemized[i]) || rows[i]!)));
  if (!region) return { kept: [], region, features, classes, terms: new Map() };
  const captions = captionLines(lines, features, scores);
  const inside: number[] = [];
  for (let i = region.start; i <= region.end; i++) {
    if (captions[i] || (features[i]!.furniture && features[i]!.units < FURNITURE_DROP_UNITS)) continue;
    if (
      classes[i] !== 'junk' ||
      rows[i] ||
      isBridged(i, scores, features, repeats) ||
      isListItem(lines[i]!, features[i]!, repeats[i] ?? 1) ||
      isInterviewLine(lines, features, repeats, i) ||
      isPlainInside(i, scores, features, repeats)
    ) {
      inside.push(i);
    }
  }
  const wordsOf = wordsCache(keys);
  const highlights = highlightIndexes(inside.map((i) => lines[i]!.text));
  const body = highlights.size > 0 ? inside.filter((_, k) => !highlights.has(k)) : inside;
  const unique = longestBetweenBylines(lines, features, cutAtCommentForm(lines, features, cutAtRelatedList(lines, features, firstOccurrences(keys, body), wordsOf)));
  const terms = termCounts(unique, wordsOf);
  const trimmed = trimOffTopicEdges(lines, features, classes, repeats, unique, terms, wordsOf);
  const last = trimmed[trimmed.length - 1];
  const kept = last === undefined ? trimmed : [...trimmed, ...firstOccurrences(keys, listAfter(lines, features, repeats, last, terms, wordsOf))];
  return { kept, region, features, classes, terms };
}

/** What a numbered row adds to a run, per word unit: half a sure body line's, as its words are mostly figures. */
const ROW_VALUE = 0.5;

/**
 * Below this length (in word units) a line worded as furniture is dropped even
 * when it reads like a sentence ("Let our news meet your inbox."); longer
 * ones are paragraphs that happen to use the words ("signed up for the trial").
 */
const FURNITURE_DROP_UNITS = 20;

/**
 * The features of every line, computed once per distinct text (menus and
 * teasers repeat); `keys` are the lines lower-cased (repetition.ts).
 */
function featuresOf(lines: readonly Line[], keys: readonly string[]): LineFeatures[] {
  // Keyed by the lower-cased line, whose hash countRepeats needs anyway; the
  // features depend on case, so a hit must be the same text.
  const seen = new Map<string, { text: string; features: LineFeatures }>();
  return lines.map((line, i) => {
    const hit = seen.get(keys[i]!);
    if (hit !== undefined && hit.text === line.text) return hit.features;
    const features = lineFeatures(line, keys[i]);
    if (hit === undefined) seen.set(keys[i]!, { text: line.text, features });
    return features;
  });
}

const HAS_DIGIT_RE = /[0-9]/;
/**
 * A time of day alone ("10:45 am", "14.05 GMT") heads the entries of a live
 * page, which are its article; comments span days and print a day with the time.
 */
const CLOCK_ONLY_RE = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/iu;

/**
 * Lines that are items of a list of comments or stories: the text under a
 * recurring timestamp line ("2 days ago at 07:54 am", "November 19, 2019 at
 * 6:34 am" printed over every comment), up to the next furniture line. Such a
 * list is no part of the article: a run of its items is a gap the main region
 * does not cross.
 */
function listItems(lines: readonly Line[], features: readonly LineFeatures[], classes: readonly LineClass[]): boolean[] {
  // Only lines with digits can share a shape with a timestamp.
  const template = templateLines(lines, features.map((f) => f.units), 3, (i) => HAS_DIGIT_RE.test(lines[i]!.text));
  // A timestamp shape heads list items only when it does so at least three times.
  const headed = new Map<string, number>();
  const shapes = lines.map((l, i) => (template[i] && features[i]!.dateish && !CLOCK_ONLY_RE.test(l.text) ? shapeKey(l.text) : null));
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
