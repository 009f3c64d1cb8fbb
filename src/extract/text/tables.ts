/**
 * Numbered rows: a ranking, a calendar, a results table printed one row a
 * line ("1 Kyle Busch 5040 5 1 17", "2a etapa: 8 de abril – Curitiba").
 * Their lines are short and alike, which reads as a menu, yet a run of rows
 * numbered 1, 2, 3… that each carry figures is the page's content: a menu or
 * a list of other stories is not numbered so, nor full of figures.
 */
import type { Line } from './blocks.js';
import type { LineFeatures } from './features.js';

/** Rows a numbered run needs. */
const MIN_ROWS = 5;
/** A row is a line, not a paragraph. */
const ROW_MAX_UNITS = 25;

/** "12", "12.", "12)", "12a", "12º" at the start of a row, then a space or a colon. */
const ROW_NUMBER_RE = /^(\d{1,3})(?:[.)ºª°]|a|o|st|nd|rd|th)?(?=[\s:])/u;
const FIGURE_RE = /\d+/gu;

export function numberedRows(lines: readonly Line[], features: readonly LineFeatures[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let start = 0;
  let previous = -1;
  const close = (end: number): void => {
    if (end - start >= MIN_ROWS) for (let i = start; i < end; i++) out[i] = true;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = rowNumber(lines[i]!, features[i]!);
    if (n !== null && n === previous + 1 && i > start) {
      previous = n;
      continue;
    }
    close(i);
    start = i;
    previous = n ?? -1;
  }
  close(lines.length);
  return out;
}

function rowNumber(line: Line, f: LineFeatures): number | null {
  if (f.units > ROW_MAX_UNITS || f.linkish || f.furniture) return null;
  const m = ROW_NUMBER_RE.exec(line.text);
  if (!m) return null;
  // The row's own figures besides its number: a date, points, a score.
  if ((line.text.match(FIGURE_RE)?.length ?? 0) < 2) return null;
  return Number(m[1]);
}
