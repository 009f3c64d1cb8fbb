/**
 * Trimming the ends of the body: what sits at the edge of the main region
 * but is not about the same thing — a syndication note, a newsletter prompt,
 * an "About the company" box, a site's legal text. Two passes, each from both
 * ends: whole segments (runs of kept lines with nothing dropped between them)
 * whose pooled words the rest of the body does not use, then single lines:
 * short ones that share no words with the body, teasers of other stories (a
 * headline glued to its summary) however long, and any line that does not
 * read as body by itself. Such a line is kept between paragraphs for its
 * neighbours; at the edge it has none, and cleaning the body again would
 * drop it, so it goes now (the result is then stable).
 */
import type { Line } from './blocks.js';
import type { LineClass } from './classify.js';
import type { LineFeatures } from './features.js';
import { HEAD_LINES, isDateline } from './metadata.js';
import { overlap, type WordsOf } from './topic.js';

/** Below this share of words used elsewhere in the body, an edge segment is off topic. */
const SEGMENT_OVERLAP = 0.12;
/** Segments this long (in word units) are never trimmed as off topic. */
const SEGMENT_MAX_UNITS = 150;
/** Bodies shorter than this (in word units) are too short to judge segments by their words. */
const SEGMENT_MIN_BODY = 150;
/** Below this share, a list item at the edge is off topic. */
const BULLET_OVERLAP = 0.25;
/** Below this share, a short edge line is off topic. */
const LINE_OVERLAP = 0.15;

/** An email address, a Twitter handle, an invitation to follow the author or the outlet. */
const SIGN_OFF_RE = /[\w.+-]+@[\w-]+\.[\w.]+|\bon twitter:? @\w|\bfollow (?:him|her|them|me|us) (?:on|at)\b/iu;

/** `kept` without off-topic edges; `counts` is updated to the remaining lines. */
export function trimOffTopicEdges(
  lines: readonly Line[],
  features: readonly LineFeatures[],
  classes: readonly LineClass[],
  repeats: readonly number[],
  kept: readonly number[],
  counts: Map<string, number>,
  wordsOf: WordsOf,
): number[] {
  let body = trimSegments(features, repeats, kept, counts, wordsOf);
  const offTopic = (i: number): boolean => {
    const f = features[i]!;
    // Kept for its neighbours (a subheading, a short list item), it has lost them at the edge.
    if (classes[i] !== 'body') return true;
    if (f.units < 30 && f.meta) return true;
    // The sign-off: an author's handle, the desk's address, "follow us on".
    if (f.units < 60 && SIGN_OFF_RE.test(lines[i]!.text)) return true;
    // A copyright or newsletter note at the end, worded as furniture however like prose it reads.
    if (f.units < 40 && f.furniture) return true;
    // A teaser reads like prose but is a link to another story.
    if (f.glued) return true;
    // The byline or dateline the body starts or ends with is a detail, not the article (metadata.ts reads it).
    if (isDateline(lines[i]!.text, f)) return true;
    // A list item at the edge of the body, however long, must be about the body.
    const bullet = lines[i]!.bullet;
    if (f.units >= 12 && !bullet) return false;
    const o = overlap(wordsOf(i), counts, true);
    return o === null || o < (bullet ? BULLET_OVERLAP : LINE_OVERLAP);
  };
  let from = 0;
  let to = body.length - 1;
  // Stop before emptying the body: the last line standing is kept.
  while (from < to && offTopic(body[from]!)) remove(wordsOf(body[from++]!), counts);
  while (to > from && offTopic(body[to]!)) remove(wordsOf(body[to--]!), counts);
  body = body.slice(from, to + 1);
  // A byline or dateline under a standfirst kept as the body's first line.
  const head = body.slice(0, HEAD_LINES).filter((i) => isDateline(lines[i]!.text, features[i]!));
  // As above, the body is never emptied.
  if (head.length === 0 || head.length === body.length) return body;
  for (const i of head) remove(wordsOf(i), counts);
  return body.filter((i) => !head.includes(i));
}

function trimSegments(
  features: readonly LineFeatures[],
  repeats: readonly number[],
  kept: readonly number[],
  counts: Map<string, number>,
  wordsOf: WordsOf,
): number[] {
  // Segments are separated by dropped lines, unless all of them are
  // repeated furniture ("Advertisement" between every other paragraph).
  const segments: number[][] = [];
  for (const i of kept) {
    const last = segments[segments.length - 1];
    const previous = last?.[last.length - 1];
    let joined = previous !== undefined;
    for (let j = (previous ?? i) + 1; j < i && joined; j++) if ((repeats[j] ?? 1) < 2) joined = false;
    if (last && joined) last.push(i);
    else segments.push([i]);
  }
  let totalUnits = 0;
  for (const i of kept) totalUnits += features[i]!.units;
  if (totalUnits < SEGMENT_MIN_BODY) return kept.slice();
  const offTopic = (segment: readonly number[]): boolean => {
    let units = 0;
    let words = 0;
    let hits = 0;
    const own = new Map<string, number>();
    for (const i of segment) {
      units += features[i]!.units;
      for (const w of wordsOf(i)) own.set(w, (own.get(w) ?? 0) + 1);
    }
    // Only a small part of the body can be trimmed as off topic.
    if (units >= SEGMENT_MAX_UNITS || units * 3 > totalUnits) return false;
    for (const [w, n] of own) {
      words += n;
      if ((counts.get(w) ?? 0) > n) hits += n;
    }
    return words > 0 && hits / words < SEGMENT_OVERLAP;
  };
  let from = 0;
  let to = segments.length - 1;
  const drop = (segment: readonly number[]): void => {
    for (const i of segment) remove(wordsOf(i), counts);
  };
  while (from < to && offTopic(segments[to]!)) drop(segments[to--]!);
  while (from < to && offTopic(segments[from]!)) drop(segments[from++]!);
  return segments.slice(from, to + 1).flat();
}

/** Take a line's words out of the counts. */
function remove(words: readonly string[], counts: Map<string, number>): void {
  for (const w of words) {
    const n = (counts.get(w) ?? 0) - 1;
    if (n > 0) counts.set(w, n);
    else counts.delete(w);
  }
}
