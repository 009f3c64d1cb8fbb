/**
 * `analyze`: a reading in, its relate features out (terms, names, numbers,
 * dates, a MinHash signature and sentence sketches). Pure; the NLP toolkit
 * is passed in.
 */
import { dictionary, unspacedWords } from '../domain/strings.js';
import { countEntities } from './entities.js';
import { minhashSignature, signatureOfRuns } from './minhash.js';
import type { NlpToolkit } from './nlp.js';
import { bodyFacts, type ParagraphCache } from './paragraph-facts.js';
import { parseText } from './parse.js';
import { publishedDay } from './day.js';
import { textFacts } from './text-facts.js';
import { wordKitFor, type WordKit } from '../lexicon/word-kits.js';
import type { Features, RelateInput } from './types.js';

/**
 * 2: a body that opens with the title no longer counts the title twice.
 * 3: nor does a body whose title extraction made from its first words.
 * 4: a text in a script written without spaces counts its words by its characters.
 * 5: words of scripts wink has no model for (Cyrillic, Greek, Arabic, Han, kana…) are terms.
 * 6: terms of a language other than English are its own stems of its words, without its stop words.
 * 7: Korean words are read by pairs of syllables, as Han and kana are by pairs of characters.
 */
export const FEATURES_VERSION = 7;

/** Most frequent terms kept per reading: bounds the stored size of long articles. */
const MAX_TERMS = 300;
/** Below this many body words, the title joins the near-duplicate signature. */
const SHORT_BODY = 25;

export interface AnalyzeDeps {
  nlp: NlpToolkit;
  /** Paragraph facts kept between analyses: the same features, less work on repeated paragraphs. */
  paragraphs?: ParagraphCache;
}

/** A `dictionary`: as an ordinary object each reading's terms cost ~0.6 ms of hidden classes (same keys, order and JSON). */
function countTerms(terms: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const s of terms) counts.set(s, (counts.get(s) ?? 0) + 1);
  return dictionary([...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS));
}

/**
 * The text without a leading copy of the title (a headline stored as its own
 * text, an extraction or feed entry that opens with the headline line), so
 * that the title's words count once, as in a reading that has a body apart.
 * The copy must end where the title does: at the end, a line break or a
 * sentence's end, not halfway through a first sentence that begins the same.
 */
export function bodyAfterTitle(text: string, title: string): string {
  const words = title.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return text;
  // Word by word rather than one regular expression built per title: compiling
  // it cost more than the rest of a headline's analysis.
  let at = skipSpace(text, 0);
  for (const [i, word] of words.entries()) {
    if (i > 0) {
      const next = skipSpace(text, at);
      if (next === at) return text;
      at = next;
    }
    if (text.slice(at, at + word.length).toLowerCase() !== word.toLowerCase()) return text;
    at += word.length;
  }
  const titleEnded = /[.!?:]$/u.test(words[words.length - 1]!);
  const end = (titleEnded ? /^(?:\s*$|[ \t]*(?:\r?\n|[.!?:]\s)|\s)/u : /^(?:\s*$|[ \t]*(?:\r?\n|[.!?:]\s))/u).exec(text.slice(at));
  return end ? text.slice(at + end[0].length) : text;
}

/**
 * Whether the title is only the body's first words, as extraction makes one
 * for a text given without a headline (`titleFromBody`: the first sentence
 * without its full stop or with its "?" or "!", or its first 90 characters
 * and "…"). A text of one line is its own headline. Counted as a
 * headline beside the body, it counted the lead twice (ECB+'s leads added
 * through the CLI grouped at B³ 0.83, against 0.90 in memory).
 */
export function madeFromBody(title: string, text: string): boolean {
  const cut = title.endsWith('…');
  const words = (cut ? title.slice(0, -1) : title).trim();
  if (words.length === 0 || !text.startsWith(words)) return false;
  const next = text.slice(words.length, words.length + 2);
  // The sentence went on past the title: its full stop was dropped, or its "?" or "!" kept.
  return cut || /^[.。](?:\s|$)/u.test(next) || (/[!?！？]$/u.test(words) && /^\s/u.test(next));
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

/** For each stem kept, the word it was first read from ("камчатк" -> "камчатки"): reasons show words, not stems. */
function stemForms(words: readonly string[], kit: WordKit, kept: Record<string, number>): Record<string, string> {
  const forms = dictionary<string>([]);
  for (const w of words) {
    const s = kit.stem(w);
    if (s !== w && s in kept && !(s in forms)) forms[s] = w;
  }
  return forms;
}

export function analyze(doc: RelateInput, deps: AnalyzeDeps): Features {
  const { nlp } = deps;
  // A language other than English is read by its own stems and stop words, from its words rather than wink's English lemmas.
  const kit = wordKitFor(doc.language);
  const headline = textFacts(nlp, parseText(nlp, doc.title));
  // A title made of the body's first words names the reading (its terms are title terms) but its words are the body's: counted there once.
  const made = madeFromBody(doc.title, doc.text);
  const title = made ? { ...headline, words: [], names: [], numbers: [], dates: [], terms: [] } : headline;
  // Blank space around the body makes no token analyze reads; trimmed, a body after its title line is bare paragraphs.
  const body = bodyFacts(nlp, (made ? doc.text : bodyAfterTitle(doc.text, doc.title)).trim(), deps.paragraphs);
  const words = kit ? [...title.words, ...body.words] : [];
  const terms = countTerms(kit ? kit.terms(words) : [...title.terms, ...body.terms]);
  return {
    version: FEATURES_VERSION,
    day: publishedDay(doc.publishedAt),
    outlet: doc.outlet,
    title: doc.title,
    // A Japanese article split at its spaces is a handful of tokens: it would be linked as a headline is.
    words: title.words.length + body.words.length + (made ? 0 : unspacedWords(doc.title)) + unspacedWords(doc.text),
    terms,
    ...(kit ? { stemForms: stemForms(words, kit, terms) } : {}),
    titleTerms: [...new Set(kit ? kit.terms(headline.words) : headline.terms)],
    ...(made ? { titleMade: true as const } : {}),
    entities: countEntities([...title.names, ...body.names]),
    numbers: [...new Set([...title.numbers, ...body.numbers])],
    dates: [...new Set([...title.dates, ...body.dates])],
    signature: body.words.length < SHORT_BODY ? minhashSignature([...title.words, ...body.words]) : body.runs ? signatureOfRuns(body.words, body.runs) : minhashSignature(body.words),
    sentences: body.words.length > 0 ? body.sketches : title.sketches,
  };
}
