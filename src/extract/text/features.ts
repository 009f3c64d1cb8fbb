/**
 * What a line looks like, as numbers: length, sentence shape, case, list and
 * link shape. Language-neutral where it can be: CJK and Thai text, written
 * without spaces, is measured in characters instead of words.
 */
import type { Line } from './blocks.js';
import { isCaptionCue, isFurnitureCue, isMetaCue, legalCueCount, socialCueCount } from './cues.js';

export interface LineFeatures {
  /** Length in word equivalents: whitespace words, plus unspaced-script characters / 2. */
  units: number;
  /** Word tokens (letters/digits runs). */
  tokens: number;
  /** Ends like a sentence: . ! ? … and their CJK forms, before closing quotes or brackets. */
  terminal: boolean;
  /** Ends with an ellipsis: a cut-off teaser. */
  truncated: boolean;
  /** Sentence ends inside the line. */
  sentences: number;
  /** Commas and the like: the texture of prose. */
  commas: number;
  /** Share of cased words that start with a lowercase letter, null without cased words. */
  lowerRatio: number | null;
  /** Share of tokens that are pure numbers. */
  digitRatio: number;
  /** Holds a URL, an image or form placeholder in brackets, or is a bare file name. */
  linkish: boolean;
  /** Image or widget placeholders in brackets inside the text ("[103688330-]"). */
  placeholders: number;
  /** A headline glued to its summary ("…As Strong WR OptionsThe 49ers and…"): a teaser. */
  glued: boolean;
  /** Breadcrumb and menu separators (| › » / ·) between words. */
  separators: number;
  /** Wording of page furniture (ads, share, sign-up, read more, legal). */
  furniture: boolean;
  /** Mentions of cookies, privacy, consent: a banner or a legal notice when two or more. */
  legal: number;
  /** Talk about the article itself: a syndication note, a credit, a membership pitch. */
  meta: boolean;
  /** Social networks named ("Follow us on Facebook, Twitter and Instagram"). */
  social: number;
  /** Wording of a photo caption or credit. */
  caption: boolean;
  /** A "Key: value" line, as in metadata panels ("Category: World"). */
  keyValue: boolean;
  /** A short line that is mostly a date, a time or an age ("2 years ago"). */
  dateish: boolean;
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
/** Thai, kana and CJK ideographs: scripts written without spaces between words. */
const HAS_UNSPACED_RE = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const UNSPACED_RE = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const TERMINAL_RE = /[.!?。！？…؟।]["'”’»)\]）」』*]*$/u;
const ELLIPSIS_RE = /(?:…|\.\.\.)["'”’»)\]]*$/u;
const SENTENCE_END_RE = /[.!?。！？؟](?:["'”’»)]*)(?:\s|$)|[。！？]/gu;
const COMMA_RE = /[,;，、；]/gu;
const LINK_RE = /https?:\/\/|www\.[a-z0-9-]+\.|^\[[^\]]*\]$|\[\s{3,}\]|^[\w-]+\.(?:jpe?g|png|gif|webp|svg)$|^[\w.]+(?:[-_][\w.]+){3,}$/iu;
const PLACEHOLDER_RE = /\[[^\]\s]{1,60}\]/g;
const SEPARATOR_RE = /\s[|›»·/]\s|\s[|›»]$/gu;
const DATEISH_RE = new RegExp(
  [
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b`,
    String.raw`\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b`,
    String.raw`\b\d+\s*(?:sec|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b`,
    String.raw`\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic|märz|okt|dez)[a-zé]*\.?\b`,
    String.raw`\d+\s*(?:年|월)\s*\d+\s*(?:月|일)`,
  ].join('|'),
  'iu',
);
const KEY_VALUE_RE = /^[\p{L}][\p{L} ]{0,24}:\s*\S/u;

export function lineFeatures(line: Line): LineFeatures {
  const text = line.text;
  const lowered = text.toLowerCase();
  const t = countTokens(text);
  const unspaced = HAS_UNSPACED_RE.test(text) ? (text.match(UNSPACED_RE)?.length ?? 0) : 0;
  const words = countSpaces(text) + 1;
  const units = unspaced > 0 ? Math.max(1, words - countUnspacedWords(text)) + unspaced / 2 : words;
  return {
    units,
    tokens: t.tokens,
    terminal: TERMINAL_RE.test(text),
    truncated: ELLIPSIS_RE.test(text),
    sentences: text.match(SENTENCE_END_RE)?.length ?? 0,
    commas: text.match(COMMA_RE)?.length ?? 0,
    lowerRatio: t.cased > 0 ? t.lower / t.cased : null,
    digitRatio: t.tokens > 0 ? t.digits / t.tokens : 0,
    linkish: LINK_RE.test(text),
    separators: text.match(SEPARATOR_RE)?.length ?? 0,
    glued: isGluedTeaser(text, units),
    placeholders: text.includes('[') ? (text.match(PLACEHOLDER_RE)?.length ?? 0) : 0,
    furniture: isFurnitureCue(lowered),
    caption: isCaptionCue(lowered),
    legal: legalCueCount(lowered),
    social: socialCueCount(lowered),
    meta: isMetaCue(lowered),
    keyValue: KEY_VALUE_RE.test(text),
    dateish: units <= 12 && /\d/.test(text) && DATEISH_RE.test(text),
  };
}

/** Whitespace words made only of unspaced-script characters (counted by characters instead). */
function countUnspacedWords(text: string): number {
  let n = 0;
  for (const w of text.split(' ')) if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{P}]+$/u.test(w)) n++;
  return n;
}

function countSpaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** A cheap first look: a lower-case letter (or sentence end) touching an upper-case one. */
const ASCII_JOIN_RE = /[a-z][.!?"”’)]?[A-Z][a-z]/;
const SENTENCE_GLUE_RE = /\p{Ll}{2}[.!?]["”’)]?\p{Lu}\p{Ll}/u;
const WORD_GLUE_RE = /(?:^|\s)\p{Ll}{5,}\p{Lu}\p{Ll}/u;
const JOIN_RE = /(?:\p{Ll}|[?!.)’'"”])\p{Lu}\p{Ll}/u;

/**
 * A title-case headline run straight into a sentence, as a text dump prints a
 * teaser's headline link and its summary: at least four words before the
 * join, three in four of them capitalised.
 */
function isGluedTeaser(text: string, units: number): boolean {
  if (units < 6 || !ASCII_JOIN_RE.test(text)) return false;
  // A caption or a sentence run into the next one: "…in New York.One of the…", "…componentsHere's where…".
  if (SENTENCE_GLUE_RE.test(text) || WORD_GLUE_RE.test(text)) return true;
  const words = text.split(' ', 30);
  let capitalised = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const c = w.charCodeAt(0);
    const upperStart = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{Lu}\p{N}]/u.test(w));
    if (k >= 3 && w.length >= 6) {
      // The join must sit at least five letters into the word ("iPhone", "PlayStation" are names).
      const m = JOIN_RE.exec(w.slice(4));
      if (m && capitalised + (upperStart ? 1 : 0) >= (k + 1) * 0.75) return true;
    }
    if (upperStart) capitalised++;
  }
  return false;
}

interface TokenCounts {
  /** Runs of letters, digits and underscores. */
  tokens: number;
  /** Tokens starting with a letter that has case. */
  cased: number;
  /** Of those, the ones starting lower-case. */
  lower: number;
  /** Tokens made only of digits. */
  digits: number;
}

/** Token counts in one pass over the characters (ASCII fast path). */
function countTokens(text: string): TokenCounts {
  const out: TokenCounts = { tokens: 0, cased: 0, lower: 0, digits: 0 };
  let inToken = false;
  let allDigits = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 0: not a word character, 1: lower-case letter, 2: upper-case letter, 3: digit, 4: other word character
    let kind = 0;
    if (c < 128) {
      if (c >= 97 && c <= 122) kind = 1;
      else if (c >= 65 && c <= 90) kind = 2;
      else if (c >= 48 && c <= 57) kind = 3;
      else if (c === 95) kind = 4;
    } else {
      const ch = text.charAt(i);
      const lowerCh = ch.toLowerCase();
      if (lowerCh !== ch.toUpperCase()) kind = ch === lowerCh ? 1 : 2;
      else if (WORD_CHAR_RE.test(ch)) kind = 4;
    }
    if (kind === 0) {
      if (inToken && allDigits) out.digits++;
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      allDigits = kind === 3;
      out.tokens++;
      if (kind === 1 || kind === 2) {
        out.cased++;
        if (kind === 1) out.lower++;
      }
    } else if (kind !== 3) allDigits = false;
  }
  if (inToken && allDigits) out.digits++;
  return out;
}
