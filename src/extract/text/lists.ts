/**
 * Lists that belong to the article: bulleted or numbered items inside the
 * body, and a list that continues the body right after its last paragraph
 * ("Here are the best deals:" then the items). Menus are lists too; what
 * tells them apart is furniture evidence (links, cues, repetition) and the
 * words they share with the body.
 */
import type { Line } from './blocks.js';
import type { LineFeatures } from './features.js';
import { overlap, type WordsOf } from './topic.js';

const NUMBERED_RE = /^(?:\d{1,3}|[a-z])[.)]\s/u;

/** A text's lines as the list readers below see them: their features, repeats, and the body's words. */
interface ListScan {
  lines: readonly Line[];
  features: readonly LineFeatures[];
  repeats: readonly number[];
  terms: ReadonlyMap<string, number>;
  wordsOf: WordsOf;
}

/** A list item of the article: a marked line with no furniture evidence of its own. */
export function isListItem(line: Line, f: LineFeatures, repeats: number): boolean {
  const marked = line.bullet || NUMBERED_RE.test(line.text);
  return marked && f.units >= 4 && !f.furniture && !f.linkish && !f.caption && !f.dateish && f.legal === 0 && repeats === 1;
}

/**
 * The lines of a list that directly follows the body's last line `end`
 * (link lines between items are stepped over, not kept). Three shapes:
 *
 * - the rest of an interview the body ends in (Q: / A: lines);
 * - marked items (bullets, numbers), at least two, kept when the body
 *   announces them (its last line ends with ":") or their words are the body's;
 * - plain short lines (tour dates, a schedule, a table), at least three,
 *   kept when a line ending with ":" introduces them, or a heading about the
 *   body introduces rows that hold numbers (not a list of related headlines).
 */
export function listAfter(
  lines: readonly Line[],
  features: readonly LineFeatures[],
  repeats: readonly number[],
  end: number,
  terms: ReadonlyMap<string, number>,
  wordsOf: WordsOf,
): number[] {
  const scan: ListScan = { lines, features, repeats, terms, wordsOf };
  const qa = interviewAfter(scan, end);
  if (qa.length > 0) return qa;
  const marked = markedItemsAfter(scan, end);
  if (marked.length >= 2) {
    if (endsWithColon(lines[end]) || meanOverlap(scan, marked) >= 0.3) return marked;
    return [];
  }
  // The same after a short heading line ("Qualified teams").
  const heading = lines[end + 1];
  if (heading && plainAt(scan, end + 1, 15)) {
    const items = markedItemsAfter(scan, end + 1);
    if (items.length >= 2 && (endsWithColon(heading) || meanOverlap(scan, items) >= 0.3)) return [end + 1, ...items];
  }
  return blockAfter(scan, end);
}

const QA_RE = /^[QA]\s*[:.]\s/u;

/**
 * An interview that goes on after the body: when the body ends with a
 * "Q: …" or "A: …" line, the plain question and answer lines that follow
 * (short ones too: "Q: Favorite athlete?" "A: Lebron James"), stepping over
 * a photo placeholder or link between them.
 */
function interviewAfter({ lines, features, repeats }: ListScan, end: number): number[] {
  const out: number[] = [];
  if (!QA_RE.test(lines[end]?.text ?? '')) return out;
  for (let i = end + 1; i < lines.length; i++) {
    if (QA_RE.test(lines[i]!.text) && isPlain(features[i]!, repeats[i] ?? 1)) out.push(i);
    else if (!features[i]!.linkish || !QA_RE.test(lines[i + 1]?.text ?? '')) break;
  }
  return out;
}

/** A question or answer line next to another one: a line of an interview, however short. */
export function isInterviewLine(lines: readonly Line[], features: readonly LineFeatures[], repeats: readonly number[], i: number): boolean {
  if (!QA_RE.test(lines[i]!.text) || !isPlain(features[i]!, repeats[i] ?? 1)) return false;
  return QA_RE.test(lines[i - 1]?.text ?? '') || QA_RE.test(lines[i + 1]?.text ?? '');
}

/** Lines between two items: a link, and an image's placeholder under it ("[1-300x300]"). */
const MAX_STEPPED_OVER = 2;
const BARE_LINK_RE = /^https?:\/\/\S+$/u;

/**
 * The marked items right after line `end`. A link printed on its own line
 * under an item (an affiliate list: "1) Lego Star Wars 75188", then
 * "http://amzn.to/…", then the image's "[1-300x300]") is the item's and kept;
 * an image placeholder, or a link that is not a bare address, is stepped over.
 */
function markedItemsAfter({ lines, features, repeats }: ListScan, end: number): number[] {
  const out: number[] = [];
  const pending: number[] = [];
  let items = 0;
  let linkedItems = 0;
  let skipped = 0;
  for (let i = end + 1; i < lines.length; i++) {
    const f = features[i]!;
    if (isListItem(lines[i]!, f, repeats[i] ?? 1)) {
      if (pending.length > 0) linkedItems++;
      out.push(...pending, i);
      pending.length = 0;
      items++;
      skipped = 0;
    } else if ((f.linkish || (f.placeholders > 0 && f.units <= 3)) && skipped < MAX_STEPPED_OVER) {
      skipped++;
      if (BARE_LINK_RE.test(lines[i]!.text)) pending.push(i);
    } else break;
  }
  // The last item's link too, when every item before it had one.
  if (pending.length > 0 && items >= 2 && linkedItems === items - 1) out.push(...pending);
  return out;
}

/** A heading (optional) and at least three plain short lines after the body. */
function blockAfter(scan: ListScan, end: number): number[] {
  const { lines, terms, wordsOf } = scan;
  let i = end + 1;
  const heading = lines[i];
  let announced = endsWithColon(lines[end]);
  const out: number[] = [];
  // A heading about the body announces data rows (with numbers: dates, scores,
  // prices); a heading ending with ":" announces any rows.
  let needsNumbers = false;
  if (heading && plainAt(scan, i, 15)) {
    const o = overlap(wordsOf(i), terms, false);
    if (endsWithColon(heading) || (o !== null && o >= 0.5)) {
      needsNumbers = !endsWithColon(heading) && !announced;
      announced = true;
      out.push(i);
      i++;
    }
  }
  if (!announced) return itemsAboutBody(scan, end);
  let items = 0;
  let numbered = 0;
  for (; i < lines.length; i++) {
    if (!plainAt(scan, i, 30)) break;
    out.push(i);
    items++;
    if (/\d/.test(lines[i]!.text)) numbered++;
  }
  // Rows without numbers under a heading about the body: still its list when their own words are the body's.
  if (needsNumbers && numbered < items * 0.6) return itemsAboutBody(scan, end);
  return items >= 3 ? out : [];
}

/** Longest heading, and longest item, of a list whose items name the body's own things. */
const ITEMS_HEADING_UNITS = 6;
const ITEM_UNITS = 15;
/** Mean share of an item's words the body uses, for unmarked items to be the body's list (a related-stories list shares less). */
const ITEMS_ABOUT_BODY = 0.5;
/** "← Previous Story", "Newer Story →": the links to the neighbouring stories, about the body's subject too. */
const NAV_ARROW_RE = /[←→«»‹›]/u;

/**
 * A short heading and at least three short plain lines whose words are the
 * body's ("Qualified teams", then "England (Group A): 10th appearance", …, up
 * to the first line that shares none): a list of the article as a graphical
 * browser copies it, without the bullets a text browser prints.
 */
function itemsAboutBody(scan: ListScan, end: number): number[] {
  const { lines, features, terms, wordsOf } = scan;
  const heading = end + 1;
  if (heading >= lines.length || !plainAt(scan, heading, ITEMS_HEADING_UNITS) || NAV_ARROW_RE.test(lines[heading]!.text)) return [];
  const items: number[] = [];
  for (let i = heading + 1; i < lines.length; i++) {
    if (!plainAt(scan, i, ITEM_UNITS) || features[i]!.terminal || NAV_ARROW_RE.test(lines[i]!.text)) break;
    // The list ends where a line shares no word with the body (the author's box, the next heading).
    if ((overlap(wordsOf(i), terms, false) ?? 0) === 0) break;
    items.push(i);
  }
  return items.length >= 3 && meanOverlap(scan, items) >= ITEMS_ABOUT_BODY ? [heading, ...items] : [];
}

function isPlain(f: LineFeatures, repeats: number): boolean {
  return !f.furniture && !f.linkish && !f.caption && f.legal === 0 && f.placeholders === 0 && repeats === 1;
}

/** Line `i` is plain and at most `maxUnits` long: a heading, or a row of a plain list. */
function plainAt({ features, repeats }: ListScan, i: number, maxUnits: number): boolean {
  return isPlain(features[i]!, repeats[i] ?? 1) && features[i]!.units <= maxUnits;
}

function endsWithColon(line: Line | undefined): boolean {
  return line !== undefined && /[:：]$/u.test(line.text);
}

function meanOverlap({ terms, wordsOf }: ListScan, items: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const i of items) {
    const o = overlap(wordsOf(i), terms, false);
    if (o === null) continue;
    sum += o;
    n++;
  }
  return n > 0 ? sum / n : 0;
}
