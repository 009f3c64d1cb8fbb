/**
 * Splitting a plain-text dump into lines, the unit the cleaner classifies.
 *
 * A browser copy or a `w3m -dump` puts one paragraph, list item or menu entry
 * on each line; blank lines separate blocks. We keep every non-empty line with
 * where it sits (its block, its indentation, whether it carries a bullet) and
 * a display text: whitespace collapsed and list markers removed. Nothing is
 * ever added to the text, so every token of a line occurs in the input.
 */
import { isSpaceCode } from './chars.js';

export interface Line {
  /** Position among the non-empty lines, 0-based. */
  index: number;
  /** 0-based line number in the input, blank lines counted. */
  lineNo: number;
  /** Index of the block (run of consecutive non-empty lines) it belongs to. */
  block: number;
  /** Leading spaces before the text (w3m indents nested lists and quotes). */
  indent: number;
  /** The line starts with a list marker (•, □, *, ▪ …). */
  bullet: boolean;
  /** The trimmed text, whitespace collapsed, list marker removed. */
  text: string;
  /**
   * The text before a wide gap, when what follows it is a few words: a text
   * browser prints a page's columns side by side ("…killed in Iran unrest      Home").
   * Always set (null when there is none): lines of one shape keep the cleaner's loops fast.
   */
  firstColumn: string | null;
}

/** Spaces enough to part two columns printed on one line. */
const COLUMN_GAP = ' '.repeat(20);
const COLUMN_GAP_RE = / {20,}/u;
/** Most words after the gap for it to be another column's label, not the line's own text. */
const COLUMN_LABEL_WORDS = 3;

function firstColumnOf(spaced: string): string | null {
  // Most lines have no such gap: a plain search before the pattern.
  if (!spaced.includes(COLUMN_GAP)) return null;
  const trimmed = spaced.trim();
  const gap = COLUMN_GAP_RE.exec(trimmed);
  if (!gap) return null;
  const after = trimmed.slice(gap.index + gap[0].length).trim().split(/\s+/u);
  return after.length <= COLUMN_LABEL_WORDS ? trimmed.slice(0, gap.index).replace(/\s+/gu, ' ').trim() : null;
}

/** Spaces of every kind, tabs and zero-width characters, read as one space. */
const SPACE_RE = /[\t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const BULLET_RE = /^(?:[•·◦▪▫■□●○◆◇►▸‣⁃∙☆★✓✔➢➤»*]\s*)+/u;

/** The non-empty lines of a text dump, in order. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const raw = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).replace(SPACE_RE, ' ').split('\n');
  let block = 0;
  let previousBlank = true;
  for (let lineNo = 0; lineNo < raw.length; lineNo++) {
    const spaced = raw[lineNo] ?? '';
    const trimmed = spaced.trim();
    if (!trimmed) {
      if (!previousBlank) block++;
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    const indent = leadingSpaces(spaced);
    // Every list marker but "*" is outside ASCII: most lines need no regex.
    const first = trimmed.charCodeAt(0);
    const marker = first === 42 || first > 127 ? BULLET_RE.exec(trimmed) : null;
    // The marker takes the spaces after it: what is left is trimmed already.
    const unmarked = marker ? trimmed.slice(marker[0].length) : trimmed;
    const body = unmarked.includes('  ') ? unmarked.replace(/\s+/g, ' ').trim() : unmarked;
    if (!body) continue;
    lines.push({ index: lines.length, lineNo, block, indent, bullet: marker !== null, text: body, firstColumn: body === unmarked ? null : firstColumnOf(unmarked) });
  }
  return lines;
}

/** Whitespace characters before the first other one (what trimStart removes). */
function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
