/**
 * The body-likeness of one line, from its features and how often it repeats.
 *
 * Positive scores read as article prose: long, sentence-shaped, mostly
 * lower-case words, commas. Negative scores read as page furniture: short
 * title-case entries, bullets, links and placeholders, separators, dates and
 * counters, lines printed several times, furniture wording. The score is a
 * sum of small weights so that no single cue decides.
 */
import type { Line } from './blocks.js';
import { META_MAX_UNITS, SOCIAL_MAX_UNITS } from './cues.js';
import { KEY_VALUE_MAX_UNITS, type LineFeatures } from './features.js';

export type LineClass = 'body' | 'neutral' | 'junk';

export function scoreLine(line: Line, f: LineFeatures, repeats: number): number {
  const u = f.units;
  let s = 0;
  // Length: prose paragraphs are long, furniture is short.
  if (u >= 30) s += 2.5;
  else if (u >= 15) s += 1.8;
  else if (u >= 8) s += 0.8;
  else if (u >= 4) s -= 0.3;
  else s -= 1.5;
  // Sentence shape.
  if (f.terminal && !f.truncated) s += u >= 4 ? 1.5 : 0.3;
  else if (/[:：]$/u.test(line.text) && u >= 8) s += 0.8;
  else s -= u >= 8 ? 1.2 : 0.8;
  if (f.sentences >= 2) s += 0.5;
  // A long line without a single sentence end is a tag cloud or a list, not prose.
  if (u >= 30 && f.sentences === 0 && !f.terminal) s -= 1.5;
  if (f.commas >= 4 && f.commas * 4 >= u) s -= 1;
  if (f.commas > 0 && u >= 6) s += 0.4;
  // Case: prose is mostly lower-case words; menus and headlines are capitalised.
  if (f.lowerRatio !== null && f.tokens >= 3) {
    if (f.lowerRatio >= 0.5) s += 0.8;
    else if (f.lowerRatio < 0.2) s -= 0.8;
  }
  // List, link and widget shape.
  if (line.bullet) s -= u >= 12 && f.terminal ? 0.3 : 1.2;
  if (f.linkish) s -= 2;
  else if (f.placeholders > 0) s -= 1;
  if (f.separators >= 1) s -= 0.8 * Math.min(3, f.separators);
  if (f.truncated) s -= 0.8;
  if (f.glued) s -= 2.5;
  if (f.digitRatio > 0.4) s -= 1;
  if (f.keyValue && u < KEY_VALUE_MAX_UNITS) s -= 0.7;
  // Wording cues, weaker on long lines.
  if (f.furniture) s -= u < 12 ? 2 : 0.7;
  if (f.caption) s -= 1.5;
  if (f.legal >= 2) s -= 3;
  if (f.social >= 2 && u < SOCIAL_MAX_UNITS) s -= 2.5;
  if (f.meta && u < META_MAX_UNITS) s -= 1.5;
  // Printed more than once: furniture when short, a duplicate paragraph when long.
  if (repeats >= 2 && u < 15) s -= Math.min(3, repeats) * 0.8;
  return s;
}

export function classOf(score: number): LineClass {
  if (score >= 1.5) return 'body';
  if (score > -1) return 'neutral';
  return 'junk';
}
