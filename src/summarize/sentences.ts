/**
 * Sentences of a text, paragraph by paragraph, with wink-nlp's sentence
 * splitter (it keeps "U.S.", "Mr.", "Jan. 5" and "3 p.m." inside a
 * sentence), then two repairs the splitter does not make:
 *
 *  - a quotation cut in two ("He said: “It is over. We are done.”") is
 *    joined again, so a summary never shows half a quote;
 *  - a sentence is marked incomplete when it cannot stand alone (no final
 *    punctuation, a lower-case start, quotes left open), or when its
 *    paragraph carries hashtags (a sponsor's disclosure, "#ad", a post
 *    quoted from social media): summaries skip it.
 */
import type { ItsFunction } from 'wink-nlp';
import type { NlpToolkit } from '../relate/nlp.js';
import { unspacedWords } from '../domain/strings.js';

export interface SplitToken {
  /** Lower-cased token. */
  normal: string;
  /** Lower-cased lemma of the token ("troops" -> "troop", "said" -> "say"). */
  lemma: string;
  /** wink token type: word, number, punctuation, currency, ... */
  type: string;
  pos: string;
  stop: boolean;
  /** The token as written. */
  value: string;
  /** Whitespace before the token. */
  space: string;
}

export interface SplitSentence {
  text: string;
  /** Paragraph number, from 0. */
  paragraph: number;
  /** Sentence number in the whole text, from 0. */
  index: number;
  /** Sentence number inside its paragraph, from 0. */
  inParagraph: number;
  tokens: SplitToken[];
  /** Can stand alone in a summary. */
  complete: boolean;
}

/** A hashtag: "#ad", "#HealthyHydration" (not "#1", nor a "C#" or "&#39;" inside a word). */
const HASHTAG = /(?:^|\s)#\p{L}[\p{L}\d_]*/u;

/** Joins of a quote cut in two, at most this many sentences long. */
const MAX_QUOTE_JOIN = 4;

/**
 * Abbreviations wink's English splitter ends a sentence at, in the other
 * languages readings come in ("… von Disruption bzw. Digital Darwinismus …",
 * "Mme. Dupont"), that a sentence practically never ends on (so not "usw."
 * or "ecc."): German, French, Spanish, Portuguese, Italian, Dutch. Written
 * in capitals it is something else ("Los Angeles, CA.").
 */
const ABBREVIATION_END = new RegExp(
  `(?:^|[\\s(])(${[
    'bzw', 'ca', 'vgl', 'ggf', 'sog', 'inkl', 'evtl', 'bspw', 'zzgl', 'ehem', 'z\\.\\s?b', 'd\\.\\s?h', 'nr', 'str', 'hr', 'abs', 'mio', 'mrd', 'tel',
    'mme', 'mlle', 'env', 'cf', 'p\\.\\s?ex',
    'sra', 'srta', 'dra', 'dña', 'pág', 'núm', 'aprox', 'lic', 'ing', 'profa', 'exmo',
    'sig', 'sig\\.ra', 'dott', 'avv',
    'bijv', 'dhr', 'mevr',
  ].join('|')})\\.$`,
  'iu',
);

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Open quotes minus closed ones; straight quotes count by parity. */
function openQuotes(text: string): number {
  const curlyOpen = (text.match(/[“«]/gu) ?? []).length;
  const curlyClose = (text.match(/[”»]/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  return Math.max(0, curlyOpen - curlyClose) + (straight % 2);
}

/** Closing quotes and brackets a sentence's final punctuation may stand inside. */
const CLOSERS = '"\'”’)]」』）»';
const CLOSER_CLASS = `[${CLOSERS.replace(']', '\\]')}]`;
const FINAL_STOP = new RegExp(`[.!?…。！？।॥؟۔።။]${CLOSER_CLASS}*$`, 'u');
const TRAILING_OFF = new RegExp(`…${CLOSER_CLASS}*$`, 'u');
/** A sentence starts on a capital, a digit, a currency or a letter of a script without capitals (Han, kana, Arabic, Hebrew, Thai…). */
const SENTENCE_START = /^["'“‘(「『«]?[\p{Lu}\p{Lt}\p{Lo}\d$£€]/u;

function isComplete(text: string, tokens: readonly SplitToken[]): boolean {
  if (!FINAL_STOP.test(text)) return false;
  if (TRAILING_OFF.test(text) || /\.\.\.$/u.test(text)) return false;
  if (!SENTENCE_START.test(text)) return false;
  if (openQuotes(text) > 0) return false;
  let words = 0;
  for (const t of tokens) if (t.type !== 'number') words += wordsIn(t);
  return words >= 3;
}

/**
 * The words a token stands for: one for a word in any script (wink types a
 * word it has no model for, Cyrillic, Greek, Arabic, "unk"), about one per
 * two characters for a run of Han or kana, which wink leaves whole
 * ("先日、不正に改造した"); none for punctuation and symbols.
 */
export function wordsIn(t: SplitToken): number {
  if (!/[\p{L}\d]/u.test(t.value)) return 0;
  return t.type === 'word' || t.type === 'number' ? 1 : Math.max(1, unspacedWords(t.value));
}

/**
 * Sentence stops wink does not split at: Chinese and Japanese (。！？),
 * Devanagari's danda (।, ॥: Hindi, Marathi, Nepali), Arabic's question mark
 * (؟) and Urdu's full stop (۔), Ethiopic's (።) and Burmese (။).
 */
const OTHER_STOPS = /[。！？।॥؟۔።။]/u;
const OPENING_BRACKETS = new Set(['「', '『', '（', '“']);
const CLOSING_BRACKETS = new Set(['」', '』', '）', '”']);

/**
 * A paragraph cut after each of those stops (with the closing brackets after
 * it) that is not inside 「quotation brackets」: wink's splitter reads a whole
 * paragraph of Japanese, Chinese or Hindi as one sentence.
 */
function cutAtOtherStops(paragraph: string): string[] {
  if (!OTHER_STOPS.test(paragraph)) return [paragraph];
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    if (OPENING_BRACKETS.has(c)) depth++;
    else if (CLOSING_BRACKETS.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && OTHER_STOPS.test(c)) {
      let end = i + 1;
      while (end < paragraph.length && CLOSERS.includes(paragraph[end]!)) end++;
      out.push(paragraph.slice(start, end).trim());
      start = end;
      i = end - 1;
    }
  }
  if (start < paragraph.length) out.push(paragraph.slice(start).trim());
  return out.filter((piece) => piece.length > 0);
}

interface RawSentence {
  text: string;
  tokens: SplitToken[];
}

function readParagraph(nlp: NlpToolkit, paragraph: string): RawSentence[] {
  const its = nlp.plain.its;
  const doc = nlp.plain.readDoc(paragraph);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  const lemmas = (tokens.out(its.lemma as unknown as ItsFunction<string>) as string[]).map((l) => l.toLowerCase());
  const types = tokens.out(its.type) as string[];
  const pos = tokens.out(its.pos) as string[];
  const stop = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  return spans.map(([first, last]) => {
    const toks: SplitToken[] = [];
    let text = '';
    for (let i = first; i <= last; i++) {
      toks.push({ normal: normals[i]!, lemma: lemmas[i]!, type: types[i]!, pos: pos[i]!, stop: stop[i]!, value: values[i]!, space: spaces[i]! });
      text += (i === first ? '' : spaces[i]!) + values[i]!;
    }
    return { text: text.trim(), tokens: toks };
  });
}

/** Joins a sentence that leaves a quote open with the ones after it, until the quote closes. */
function joinQuotes(raw: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (let i = 0; i < raw.length; i++) {
    let current = raw[i]!;
    let joined = 0;
    while (openQuotes(current.text) > 0 && joined < MAX_QUOTE_JOIN && i + 1 < raw.length) {
      const next = raw[i + 1]!;
      const candidate = { text: `${current.text} ${next.text}`, tokens: [...current.tokens, ...next.tokens] };
      if (openQuotes(candidate.text) > openQuotes(current.text)) break;
      current = candidate;
      i++;
      joined++;
    }
    out.push(current);
  }
  return out;
}

/**
 * A short capitalised word with its full stop ending a sentence, maybe in
 * brackets: "(R-Ky.)", "Calif.", "Inc.", "D.C.". Before a lower-case word it
 * was an abbreviation, not the sentence's end.
 */
const CAPITAL_ABBREVIATION_END = /(?:^|[\s(])\p{Lu}[\p{L}.-]{0,6}\.\)?$/u;

/**
 * Joins a sentence cut after an abbreviation (ABBREVIATION_END, or a short
 * capitalised one before a lower-case word: "Senate Majority Leader Mitch
 * McConnell (R-Ky.) | on Thursday blocked …") with the one after it, and one
 * cut at a full stop with no space after it ("PanARMENIAN.Net - Verified video
 * footage …" became "Net - Verified video footage …").
 */
function joinAbbreviations(raw: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const sentence of raw) {
    const last = out[out.length - 1];
    const abbreviation = last ? ABBREVIATION_END.exec(last.text)?.[1] : undefined;
    const glued = last !== undefined && sentence.tokens[0]?.space === '' && /\.$/u.test(last.text);
    const goesOn = last !== undefined && /^\p{Ll}/u.test(sentence.text) && CAPITAL_ABBREVIATION_END.test(last.text);
    if (last && glued) out[out.length - 1] = { text: `${last.text}${sentence.text}`, tokens: [...last.tokens, ...sentence.tokens] };
    else if (last && (goesOn || (abbreviation && abbreviation !== abbreviation.toUpperCase()))) out[out.length - 1] = { text: `${last.text} ${sentence.text}`, tokens: [...last.tokens, ...sentence.tokens] };
    else out.push(sentence);
  }
  return out;
}

/**
 * A dateline opening a paragraph: the city in capitals, maybe its state or
 * country, maybe the agency, then a dash or a colon ("WASHINGTON (AP) — ",
 * "SEOUL, South Korea — ", "CHARLOTTE, N.C. — ", "NEW DELHI: "); the agency
 * alone ("(Reuters) — "); a city written in lower case with its region
 * ("Almaty, Kazakhstan: ", "Dekalb, Ill. — ") or before a long dash
 * ("Indianapolis – "). One outlet's copy says where it was filed; a summary
 * across outlets, or of the reading, starts at the sentence.
 */
const CAPS_CITY = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*`;
const CITY = String.raw`\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}`;
const REGION = String.raw`,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*`;
const AGENCY = String.raw`\(\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3}\)`;
/** Labels a fact check or an interview prints in capitals before a colon: what follows is someone's words, not the outlet's. */
const NOT_A_PLACE = String.raw`(?!(?:THE\s+)?(?:CLAIMS?|FACTS?|VERDICT|RATING|QUESTION|ANSWER|Q|A)\s*:)`;
const DATELINE = new RegExp(
  String.raw`^(?:${NOT_A_PLACE}${CAPS_CITY}(?:${REGION})?\s*(?:\([^()]{1,40}\)\s*)?(?:—|–|--|-|:)|${AGENCY}\s*(?:—|–|--|-)|${CITY}${REGION}\s*(?:—|–|--|:)|${CITY}\s+(?:—|–))\s+(?=["“‘]?[\p{Lu}\d])`,
  'u',
);

/** The sentence without a dateline before it, its tokens with it. */
function withoutDateline(sentence: RawSentence): RawSentence {
  const m = DATELINE.exec(sentence.text);
  if (!m) return sentence;
  const end = m[0].trimEnd().length;
  let length = 0;
  let first = 0;
  while (first < sentence.tokens.length && length < end) {
    const t = sentence.tokens[first]!;
    length += (first === 0 ? 0 : t.space.length) + t.value.length;
    first++;
  }
  // The token that starts the sentence proper carries the space after the dash.
  const tokens = sentence.tokens.slice(first);
  if (tokens.length === 0) return sentence;
  return { text: sentence.text.slice(m[0].length), tokens: [{ ...tokens[0]!, space: '' }, ...tokens.slice(1)] };
}

/** The sentences of a text whose paragraphs are separated by blank lines. */
export function splitSentences(nlp: NlpToolkit, text: string): SplitSentence[] {
  const out: SplitSentence[] = [];
  splitParagraphs(text).forEach((paragraph, p) => {
    const hashtags = HASHTAG.test(paragraph);
    const raws = cutAtOtherStops(paragraph).flatMap((piece) => readParagraph(nlp, piece));
    joinQuotes(joinAbbreviations(raws)).forEach((raw, k) => {
      const s = k === 0 ? withoutDateline(raw) : raw;
      if (!/[\p{L}\d]/u.test(s.text)) return;
      out.push({ text: s.text, paragraph: p, index: out.length, inParagraph: k, tokens: s.tokens, complete: !hashtags && isComplete(s.text, s.tokens) });
    });
  });
  return out;
}
