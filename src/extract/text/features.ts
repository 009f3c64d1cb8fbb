/**
 * What a line looks like, as numbers: length, sentence shape, case, list and
 * link shape. Language-neutral where it can be: CJK and Thai text, written
 * without spaces, is measured in characters instead of words.
 */
import type { Line } from './blocks.js';
import { readCues } from './cues.js';
import { isGluedTeaser } from './glued.js';
import { countSeparators, endsLikeSentence, endsWithEllipsis, scanLine } from './scan.js';
import { MONTH_STEMS } from '../../domain/calendar.js';

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
  /** Talk about the article itself: a syndication note, a credit, a membership pitch; on lines under META_MAX_UNITS (cues.ts) only. */
  meta: boolean;
  /** Social networks named ("Follow us on Facebook, Twitter and Instagram"); counted on lines under SOCIAL_MAX_UNITS (cues.ts) only. */
  social: number;
  /** Wording of a photo caption or credit. */
  caption: boolean;
  /** A short "Key: value" line, as in metadata panels ("Category: World"); under KEY_VALUE_MAX_UNITS only. */
  keyValue: boolean;
  /** A short line that is mostly a date, a time or an age ("2 years ago"). */
  dateish: boolean;
}

/** "Key: value" counts only on lines shorter than this (classify.ts); longer ones are not looked at. */
export const KEY_VALUE_MAX_UNITS = 8;

const LINK_RE = /https?:\/\/|www\.[a-z0-9-]+\.|^\[[^\]]*\]$|\[\s{3,}\]|^[\w-]+\.(?:jpe?g|png|gif|webp|svg)$|^[\w.]+(?:[-_][\w.]+){3,}$/iu;
const PLACEHOLDER_RE = /\[[^\]\s]{1,60}\]/g;
const DATEISH_RE = new RegExp(
  [
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b`,
    String.raw`\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b`,
    String.raw`\b\d+\s*(?:sec|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b`,
    String.raw`\b(?:${MONTH_STEMS})[a-z]*\.?\s+\d{1,2}\b`,
    String.raw`\b\d{1,2}\.?\s+(?:${MONTH_STEMS}|janv|févr|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic|märz|okt|dez)[a-zé]*\.?\b`,
    String.raw`\d+\s*(?:年|월)\s*\d+\s*(?:月|일)`,
    // Cyrillic letters are no word characters to \b: no boundary after the month.
    String.raw`\b\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)`,
  ].join('|'),
  // Matched on the lower-cased line: a case-insensitive Unicode regex is three times slower.
  'u',
);
const KEY_VALUE_RE = /^[\p{L}][\p{L} ]{0,24}:\s*\S/u;

/** The features of a line; `lowered` is its text lower-cased, when the caller has it already. */
export function lineFeatures(line: Line, lowered = line.text.toLowerCase()): LineFeatures {
  const text = line.text;
  const t = scanLine(text);
  const words = t.spaces + 1;
  const units = t.unspaced > 0 ? Math.max(1, words - countUnspacedWords(text)) + t.unspaced / 2 : words;
  const cues = readCues(lowered, units);
  return {
    units,
    tokens: t.tokens,
    terminal: endsLikeSentence(text),
    truncated: endsWithEllipsis(text),
    sentences: t.sentences,
    commas: t.commas,
    lowerRatio: t.cased > 0 ? t.lower / t.cased : null,
    digitRatio: t.tokens > 0 ? t.digits / t.tokens : 0,
    linkish: isLinkish(text, lowered, t.spaces > 0),
    separators: t.hasSeparator ? countSeparators(text) : 0,
    glued: isGluedTeaser(text, units),
    placeholders: text.includes('[') ? (text.match(PLACEHOLDER_RE)?.length ?? 0) : 0,
    furniture: cues.furniture,
    caption: cues.caption,
    legal: cues.legal,
    social: cues.social,
    meta: cues.meta,
    keyValue: units < KEY_VALUE_MAX_UNITS && isKeyValue(text),
    dateish: units <= 12 && t.hasDigit && DATEISH_RE.test(lowered),
  };
}

/**
 * A URL, a bracketed placeholder, a bare file or slug name. The last two have
 * no spaces and the first two need "http", "www." or a bracket: a line of
 * words without those is not tested at all.
 */
function isLinkish(text: string, lowered: string, hasSpace: boolean): boolean {
  if (hasSpace && !text.includes('[') && !lowered.includes('http') && !lowered.includes('www.')) return false;
  return LINK_RE.test(text);
}

/** "Key: value" with a key of at most 25 letters and spaces: only a colon early in the line can start one. */
function isKeyValue(text: string): boolean {
  const colon = text.indexOf(':');
  // 51: 25 letters written as surrogate pairs at most.
  return colon > 0 && colon <= 51 && KEY_VALUE_RE.test(text);
}

/** Whitespace words made only of unspaced-script characters (counted by characters instead). */
function countUnspacedWords(text: string): number {
  let n = 0;
  for (const w of text.split(' ')) if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{P}]+$/u.test(w)) n++;
  return n;
}
