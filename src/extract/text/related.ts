/**
 * Lists of other stories inside the main region. Two shapes:
 *
 * - after the body, a short heading ("More Great WIRED Stories", "Next Up In
 *   Science & Health") right over three or more bulleted headlines that share
 *   few words with the body above them. It ends the article: what follows it
 *   (more teasers, an author box, the site's blurb) is cut with it;
 * - between paragraphs, three or more bulleted headlines (no sentence end)
 *   that share few words with the rest of the body: links, dropped.
 *
 * A list that belongs to the article ("Qualified teams" then the teams) uses
 * the body's words and stays.
 */
import type { Line } from './blocks.js';
import type { LineFeatures } from './features.js';
import type { WordsOf } from './topic.js';

/** Body before the heading, in word units, for the list to read as coming after the body. */
const MIN_BODY_UNITS = 150;
/** A heading is short. */
const HEADING_MAX_UNITS = 10;
/** Headlines, not paragraphs. */
const ITEM_MAX_UNITS = 25;
const MIN_ITEMS = 3;
/** Below this mean share of words used by the body above, the items are other stories. */
const RELATED_OVERLAP = 0.35;

/** `kept` without lists of other stories. */
export function cutAtRelatedList(lines: readonly Line[], features: readonly LineFeatures[], kept: readonly number[], wordsOf: WordsOf): number[] {
  return dropInlineLinks(lines, features, cutAtList(lines, features, kept, wordsOf), wordsOf);
}

/**
 * Links to other stories between paragraphs: three or more bulleted
 * headlines (no sentence end) that share few words with the rest of the body.
 */
function dropInlineLinks(lines: readonly Line[], features: readonly LineFeatures[], kept: readonly number[], wordsOf: WordsOf): number[] {
  const all = new Map<string, number>();
  for (const i of kept) for (const w of wordsOf(i)) all.set(w, (all.get(w) ?? 0) + 1);
  const out: number[] = [];
  for (let k = 0; k < kept.length; ) {
    // Each run of items is looked at once, as a whole (no quadratic rescans of a long list).
    const items = itemsAfter(lines, features, kept, k - 1, kept[k]! - 1);
    if (items.length === 0) {
      out.push(kept[k++]!);
      continue;
    }
    k += items.length;
    if (items.length >= MIN_ITEMS && items.every((i) => !features[i]!.terminal)) {
      // The rest of the body: all kept lines but the items.
      const own = new Map<string, number>();
      for (const i of items) for (const w of wordsOf(i)) own.set(w, (own.get(w) ?? 0) + 1);
      const used = (w: string): boolean => (all.get(w) ?? 0) > (own.get(w) ?? 0);
      if (meanShare(items, used, wordsOf) < RELATED_OVERLAP) continue;
    }
    out.push(...items);
  }
  return out;
}

/** `kept` up to (without) the heading of a related-stories list after the body, or unchanged. */
function cutAtList(lines: readonly Line[], features: readonly LineFeatures[], kept: readonly number[], wordsOf: WordsOf): number[] {
  const above = new Set<string>();
  let units = 0;
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    if (units >= MIN_BODY_UNITS && isHeading(lines[i]!, features[i]!)) {
      const items = itemsAfter(lines, features, kept, k, i);
      if (items.length >= MIN_ITEMS && meanShare(items, (w) => above.has(w), wordsOf) < RELATED_OVERLAP) return kept.slice(0, k);
    }
    for (const w of wordsOf(i)) above.add(w);
    units += features[i]!.units;
  }
  return kept.slice();
}

function isHeading(line: Line, f: LineFeatures): boolean {
  return !line.bullet && f.units <= HEADING_MAX_UNITS && !f.terminal && !/[:：]$/u.test(line.text);
}

/** The bulleted headlines that directly follow kept[k] (line `at`), line after line. */
function itemsAfter(lines: readonly Line[], features: readonly LineFeatures[], kept: readonly number[], k: number, at: number): number[] {
  const items: number[] = [];
  for (let j = k + 1; j < kept.length; j++) {
    const i = kept[j]!;
    if (i !== at + (j - k) || !lines[i]!.bullet || features[i]!.units > ITEM_MAX_UNITS) break;
    items.push(i);
  }
  return items;
}

/** Mean share of each item's content words that the body uses. */
function meanShare(items: readonly number[], used: (word: string) => boolean, wordsOf: WordsOf): number {
  let sum = 0;
  let n = 0;
  for (const i of items) {
    const words = wordsOf(i);
    if (words.length === 0) continue;
    let hits = 0;
    for (const w of words) if (used(w)) hits++;
    sum += hits / words.length;
    n++;
  }
  return n > 0 ? sum / n : 1;
}
