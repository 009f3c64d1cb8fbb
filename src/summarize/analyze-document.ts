/**
 * One reading analysed once for both `summarize` and `compare`: its
 * sentences, each with the content terms (lemmas of the words that are
 * not stop-words, and numbers without thousands separators) that sentence
 * similarity and centrality are computed on.
 */
import { AGENCY_CAPTION_RE, DATED_CAPTION_RE } from '../domain/captions.js';
import type { NlpToolkit } from '../relate/nlp.js';
import { otherScriptTerms } from '../domain/strings.js';
import { wordKitFor, type WordKit } from '../lexicon/word-kits.js';
import { splitSentences, wordsIn, type SplitSentence, type SplitToken } from './sentences.js';

export interface AnalyzedSentence extends SplitSentence {
  /** Content terms, in order, repeats kept. */
  terms: string[];
  /** Words (tokens with a letter or a digit). */
  words: number;
}

/** Fewer words than this make no summary sentence (a dateline, a caption). */
const MIN_SUMMARY_WORDS = 5;

/**
 * A sentence a summary may show: complete, five words or more, and not a
 * question ("What tariffs has the United States imposed?" heads a section; a
 * rhetorical question tells nothing that happened).
 */
export function summarizable(s: AnalyzedSentence): boolean {
  return s.complete && s.words >= MIN_SUMMARY_WORDS && !/[?？؟]["'”’»)\]]*$/u.test(s.text) && !BYLINE.test(s.text) && !readsAsCaption(s.text);
}

/** A photo's caption left inside a page's paragraph: it shows, it does not tell. */
function readsAsCaption(text: string): boolean {
  return (text.includes(', 20') || text.includes(', 19')) && (DATED_CAPTION_RE.test(text) || AGENCY_CAPTION_RE.test(text));
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
// A single curly quote alone is a quotation mark; inside a word ("don’t") it is an apostrophe, not a token of its own.
const OPENING_QUOTE = new Set(['“', '«', '„', '‘']);
const CLOSING_QUOTE = new Set(['”', '»', '’']);

/** For each token, whether it stands inside quotation marks (the marks themselves are outside). */
function insideQuotes(tokens: readonly SplitToken[]): boolean[] {
  let quoted = false;
  return tokens.map((t) => {
    if (t.value === '"') quoted = !quoted;
    else if (OPENING_QUOTE.has(t.value)) quoted = true;
    else if (CLOSING_QUOTE.has(t.value)) quoted = false;
    else return quoted;
    return false;
  });
}

/**
 * Whether the sentence speaks in its writer's voice: a first-person pronoun
 * outside quotation marks ("Last month, I joined about 15,000 other cyclists",
 * "We've checked some of the main claims"). A column's reader hears its
 * author; a story told by several outlets is not told by one of them.
 */
export function inWritersVoice(s: AnalyzedSentence): boolean {
  const quoted = insideQuotes(s.tokens);
  return s.tokens.some((t, i) => !quoted[i] && (t.pos === 'PRON' || isContraction(t)) && FIRST_PERSON.has(withoutContraction(t.normal)));
}

const CONTRACTION = /['’](?:m|ve|d|ll|re|s)$/u;

/** "I’m" with a curly apostrophe is one token to the tagger, and a proper noun. */
const isContraction = (t: SplitToken): boolean => CONTRACTION.test(t.normal);
const withoutContraction = (normal: string): string => normal.replace(CONTRACTION, '');

/**
 * Whether the sentence is a quotation and nothing else ('"The Chinese
 * government pays nothing."'): every word of it inside quotation marks, so a
 * reader of a summary cannot tell who says it.
 */
export function quotesNobody(s: AnalyzedSentence): boolean {
  const quoted = insideQuotes(s.tokens);
  const words = s.tokens.flatMap((t, i) => (t.type === 'word' || t.type === 'number' ? [quoted[i]] : []));
  return words.length > 0 && words.every(Boolean);
}

const CONTEXT_OPENERS = new Set('and but so also yet he she they his her their him them this that these those it its'.split(' '));

/**
 * Whether the sentence leans on the one before it: it opens with a pronoun
 * or a connective ("And she has quite a lot to say.", "But the university
 * rescinded its offer, …", "His grim assessment came in a Jan. 29 memo …").
 */
export function leansOnContext(s: AnalyzedSentence): boolean {
  const first = s.tokens.find((t) => t.type === 'word');
  return first !== undefined && CONTEXT_OPENERS.has(first.normal);
}

const isName = (t: SplitToken | undefined): boolean => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value) && !(isContraction(t) && FIRST_PERSON.has(withoutContraction(t.normal)));

/** Words under which a sentence with no name and no figure is the writer's aside, not the story's. */
const ASIDE_WORDS = 10;

/**
 * Whether the sentence says little of the story: an exclamation ("Oh how very
 * noble and principled of Prince Andrew!"), or a short one that names no one,
 * gives no figure and quotes no one described ("Well, go on, go on.", "The
 * keyboard thing is a big deal.", '"Oh, actually? Yes," he assures himself.');
 * "Assange has denied both allegations." names someone.
 */
export function saysLittle(s: AnalyzedSentence): boolean {
  if (/!["'”’»)\]]*$/u.test(s.text)) return true;
  if (s.words >= ASIDE_WORDS || s.tokens.some((t) => t.type === 'number' || isName(t))) return false;
  // A quotation tells something when it says who speaks ("one rider said"), not "he assures himself".
  const quoted = insideQuotes(s.tokens);
  return !quoted.some(Boolean) || !s.tokens.some((t, i) => !quoted[i] && t.pos === 'NOUN');
}

/** The surnames a sentence gives in full, after a first name or a title ("Rand Paul", "Sen. Paul"). */
export function surnamesInFull(tokens: readonly SplitToken[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (i > 0 && isName(t) && isName(tokens[i - 1])) out.add(t.value);
  });
  return out;
}

/**
 * For each sentence, the surname it opens on alone when its document gave
 * that surname in full before ("Paul added that he does not believe…" after
 * "Sen. Rand Paul, R-Ky., said…"), else null: shown without that sentence, a
 * reader does not know who it is.
 */
export function surnamesGivenBefore(sentences: readonly { tokens: readonly SplitToken[] }[]): (string | null)[] {
  const named = new Set<string>();
  return sentences.map(({ tokens }) => {
    const first = tokens.findIndex((t) => t.type === 'word');
    const opener = tokens[first];
    const alone = first >= 0 && isName(opener) && !isName(tokens[first + 1]) && named.has(opener!.value) ? opener!.value : null;
    for (const name of surnamesInFull(tokens)) named.add(name);
    return alone;
  });
}

/** "By Matthew Digby, Minh Do on Monday, …": an article's byline left in its text says nothing of the story ("By Tuesday, …" does). */
const BYLINE = /^By\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+(?:\s*[,|]|\s+(?:and|on)\s|\s*$)/u;

export interface DocumentAnalysis {
  title: AnalyzedSentence | null;
  sentences: AnalyzedSentence[];
  /** Paragraph count. */
  paragraphs: number;
  words: number;
}

export interface AnalyzeDeps {
  nlp: NlpToolkit;
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions)$/u;

function termOf(t: SplitToken): string | null {
  if (t.type === 'number') return t.normal.replace(/,/gu, '');
  if (t.type !== 'word' || t.stop) return null;
  if (!/\p{L}/u.test(t.normal) || t.normal.length < 2) return null;
  if (NUMBER_WORD.test(t.normal)) return t.normal;
  return t.lemma.replace(/['’]s$/u, '').replace(/\.$/u, '');
}

/**
 * The terms of a sentence's tokens; in a language other than English, its
 * own (`kit`, from wordKitFor): the words' stems without its stop words, not
 * wink's English lemmas ("abstimmen" was "abstimman").
 */
export function contentTerms(tokens: readonly SplitToken[], kit: WordKit | null = null): string[] {
  if (kit) return otherLanguageTerms(tokens, kit);
  const out: string[] = [];
  for (const t of tokens) {
    const term = termOf(t);
    if (term !== null) out.push(term);
    else if (t.type === 'unk') out.push(...otherScriptTerms(t.value));
  }
  return out;
}

/** In order, as `contentTerms`: numbers as they are, words by the kit. */
function otherLanguageTerms(tokens: readonly SplitToken[], kit: WordKit): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.type === 'number') out.push(t.normal.replace(/,/gu, ''));
    else if (t.type === 'word' || t.type === 'unk') out.push(...kit.terms([t.value.toLowerCase()]));
  }
  return out;
}

function withTerms(s: SplitSentence, kit: WordKit | null): AnalyzedSentence {
  let words = 0;
  for (const t of s.tokens) words += wordsIn(t);
  return { ...s, terms: contentTerms(s.tokens, kit), words };
}

/** Sentences and terms of a title and body (paragraphs separated by blank lines). */
export function analyzeDocument(doc: { title?: string | null; text: string; language?: string | null }, deps: AnalyzeDeps): DocumentAnalysis {
  const kit = wordKitFor(doc.language);
  const sentences = splitSentences(deps.nlp, doc.text).map((s) => withTerms(s, kit));
  const titleText = doc.title?.replace(/\s+/gu, ' ').trim() ?? '';
  let title: AnalyzedSentence | null = null;
  if (titleText !== '') {
    const parts = splitSentences(deps.nlp, titleText);
    const tokens = parts.flatMap((p) => p.tokens);
    title = withTerms({ text: titleText, paragraph: -1, index: -1, inParagraph: 0, tokens, complete: true }, kit);
  }
  const paragraphs = sentences.length > 0 ? sentences[sentences.length - 1]!.paragraph + 1 : 0;
  return { title, sentences, paragraphs, words: sentences.reduce((n, s) => n + s.words, 0) };
}
