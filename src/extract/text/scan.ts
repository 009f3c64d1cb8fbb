/**
 * One pass over a line's characters for the counts that line features need:
 * spaces, word tokens and their case, sentence ends, commas, unspaced-script
 * characters. A loop over char codes with a class table (chars.ts) instead of
 * a handful of global regexes, each of which would walk the line again.
 */
import { CASED, charClass, IS_LOWER, LETTER, MARK, NUMBER, isSpaceCode, isUnspaced } from './chars.js';

export interface LineScan {
  /** Plain spaces (U+0020): words are one more. */
  spaces: number;
  /** Runs of letters, digits, marks and underscores. */
  tokens: number;
  /** Tokens starting with a letter that has case. */
  cased: number;
  /** Of those, the ones starting lower-case. */
  lower: number;
  /** Tokens made only of ASCII digits. */
  digits: number;
  /** Thai, kana and CJK code units. */
  unspaced: number;
  /** Sentence ends: . ! ? (and CJK, Arabic forms) before closing quotes and a space or the end; 。！？ anywhere. */
  sentences: number;
  /** , ; and their CJK forms. */
  commas: number;
  /** Holds an ASCII digit. */
  hasDigit: boolean;
  /** Holds a breadcrumb or menu separator character (| › » · /). */
  hasSeparator: boolean;
}

// Char codes tested in the loop.
const FULL_STOP = 0x3002; // 。
const FULL_EXCLAMATION = 0xff01; // ！
const FULL_QUESTION = 0xff1f; // ？
const ARABIC_QUESTION = 0x061f; // ؟

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === FULL_STOP || c === FULL_EXCLAMATION || c === FULL_QUESTION || c === ARABIC_QUESTION;
}

/** Closing quotes and brackets that may follow a sentence end: " ' ” ’ » ). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41;
}

function isComma(c: number): boolean {
  return c === 44 || c === 59 || c === 0xff0c || c === 0x3001 || c === 0xff1b;
}

function isSeparatorChar(c: number): boolean {
  return c === 124 || c === 0x203a || c === 0xbb || c === 0xb7 || c === 47;
}

/** The counts of one line in a single pass (locals, not object fields, in the loop). */
export function scanLine(text: string): LineScan {
  let spaces = 0;
  let tokens = 0;
  let cased = 0;
  let lower = 0;
  let digits = 0;
  let unspaced = 0;
  let sentences = 0;
  let commas = 0;
  let hasDigit = false;
  let hasSeparator = false;
  const n = text.length;
  let inToken = false;
  let allDigits = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // 0: not a word character, 1: lower-case letter, 2: upper-case letter, 3: digit, 4: other word character
    let kind = 0;
    if (c >= 97 && c <= 122) kind = 1;
    else if (c < 128) {
      if (c >= 65 && c <= 90) kind = 2;
      else if (c >= 48 && c <= 57) kind = 3;
      else if (c === 95) kind = 4;
      else if (c === 32) spaces++;
    } else {
      const bits = charClass(c);
      if (bits & CASED) kind = bits & IS_LOWER ? 1 : 2;
      else if (bits & (LETTER | NUMBER | MARK)) kind = 4;
      if (isUnspaced(c)) unspaced++;
    }
    if (kind === 0) {
      if (inToken && allDigits) digits++;
      inToken = false;
      if (c === 32) continue;
      if (isSentenceEnd(c)) {
        let j = i + 1;
        while (j < n && isCloser(text.charCodeAt(j))) j++;
        if (j === n || isSpaceCode(text.charCodeAt(j)) || c === FULL_STOP || c === FULL_EXCLAMATION || c === FULL_QUESTION) sentences++;
      } else if (isComma(c)) commas++;
      else if (isSeparatorChar(c)) hasSeparator = true;
      continue;
    }
    if (!inToken) {
      inToken = true;
      allDigits = kind === 3;
      tokens++;
      if (kind === 1) {
        cased++;
        lower++;
      } else if (kind === 2) cased++;
    } else if (kind !== 3) allDigits = false;
    if (kind === 3) hasDigit = true;
  }
  if (inToken && allDigits) digits++;
  return { spaces, tokens, cased, lower, digits, unspaced, sentences, commas, hasDigit, hasSeparator };
}

/**
 * Breadcrumb and menu separators between words: " | ", " › ", " » ", " · ",
 * " / ", or " |", " ›", " »" at the end of the line. Matches do not overlap
 * ("a | | b" holds one).
 */
export function countSeparators(text: string): number {
  const n = text.length;
  let count = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    const s = text.charCodeAt(i + 1);
    if (!isSeparatorChar(s)) continue;
    if (i + 2 < n && isSpaceCode(text.charCodeAt(i + 2))) {
      count++;
      i += 2;
    } else if (i + 2 === n && s !== 0xb7 && s !== 47) {
      count++;
      i += 1;
    }
  }
  return count;
}

/** Ends like a sentence: . ! ? … and their CJK, Arabic, Devanagari forms, before closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && isTerminalCloser(text.charCodeAt(j))) j--;
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  return isSentenceEnd(c) || c === 0x2026 || c === 0x0964;
}

/** " ' ” ’ » ) ] ） 」 』 * */
function isTerminalCloser(c: number): boolean {
  return isCloser(c) || c === 93 || c === 0xff09 || c === 0x300d || c === 0x300f || c === 42;
}

/** Ends with an ellipsis (… or ...) before closing quotes or brackets: a cut-off teaser. */
export function endsWithEllipsis(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && (isCloser(text.charCodeAt(j)) || text.charCodeAt(j) === 93)) j--;
  if (j < 0) return false;
  if (text.charCodeAt(j) === 0x2026) return true;
  return j >= 2 && text.charCodeAt(j) === 46 && text.charCodeAt(j - 1) === 46 && text.charCodeAt(j - 2) === 46;
}
