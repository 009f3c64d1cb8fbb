/**
 * Repetition inside one document. A teaser printed four times or a menu shown
 * in the header and the footer is furniture; a paragraph printed twice (or a
 * whole body printed twice) is the article, to be kept once.
 */
import type { Line } from './blocks.js';
import { charClass, IS_LOWER, IS_UPPER, LETTER, MARK } from './chars.js';

/** The comparison key of a line: its text, lower-cased (spacing is already collapsed). */
export function repetitionKey(text: string): string {
  return text.toLowerCase();
}

/** The comparison key of every line. */
export function repetitionKeys(lines: readonly Line[]): string[] {
  return lines.map((l) => repetitionKey(l.text));
}

/** How many times each line's key occurs in the document, by line index. */
export function countRepeats(keys: readonly string[]): number[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return keys.map((k) => counts.get(k) ?? 1);
}

/** The indexes, in order, with every later copy of an earlier key removed. */
export function firstOccurrences(keys: readonly string[], indexes: readonly number[]): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  for (const i of indexes) {
    const key = keys[i];
    if (key === undefined) continue;
    if (key && seen.has(key)) continue;
    seen.add(key);
    kept.push(i);
  }
  return kept;
}

/**
 * The shape of a short line: capitalised word -> A, lower-case word -> a,
 * number -> 0, punctuation kept. "12. joetoronto says:" and
 * "13. lonespeed says:" share the shape "0. a a:".
 */
export function shapeKey(text: string): string {
  let out = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let cls: string;
    if (c >= 48 && c <= 57) cls = '0';
    else if (c >= 97 && c <= 122) cls = 'a';
    else if (c >= 65 && c <= 90) cls = 'A';
    else {
      // Outside ASCII: a letter with an upper-case form reads lower-case, one with a lower-case form upper-case.
      const bits = c > 127 ? charClass(c) : IS_LOWER | IS_UPPER;
      if (!(bits & IS_UPPER)) cls = 'a';
      else if (!(bits & IS_LOWER)) cls = 'A';
      else if (bits & (LETTER | MARK)) cls = 'a';
      else {
        out += c === 32 || c === 9 ? ' ' : text.charAt(i);
        inWord = false;
        continue;
      }
    }
    // A word takes the class of its first character; digits runs collapse to 0.
    if (!inWord) out += cls;
    else if (cls === '0' && !out.endsWith('0')) out += cls;
    inWord = true;
  }
  return out;
}

/**
 * Template lines: short lines whose shape recurs at least `min` times in the
 * document. With a date in them they are the headers of list items: comment
 * headers ("N. name says:" then a timestamp), teaser datelines ("2 years ago").
 * `only`, when given, limits the lines looked at (the others are not template
 * lines and are not counted).
 */
export function templateLines(lines: readonly Line[], units: readonly number[], min = 3, only?: (i: number) => boolean): boolean[] {
  const shapes = lines.map((l, i) => ((units[i] ?? 0) <= 12 && (only === undefined || only(i)) ? shapeKey(l.text) : null));
  const counts = new Map<string, number>();
  for (const s of shapes) if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  return shapes.map((s) => s !== null && s.length > 2 && (counts.get(s) ?? 0) >= min);
}
