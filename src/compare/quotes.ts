/**
 * Quote claims: words inside quotation marks (four words or more) and who
 * said them — the name nearest the quote in its sentence, or null ("he
 * stated"). Two outlets quote the same words when their content terms
 * mostly overlap; a spun copy's paraphrase of one speaker's words ("so
 * Russia is in your home…" for "Once Russians are in your house…") is the
 * same quote, worded differently.
 */
import type { NlpToolkit } from '../relate/nlp.js';
import { contentTerms } from '../summarize/analyze-document.js';
import type { SplitToken } from '../summarize/sentences.js';
import { family } from './lexicon.js';
import { namesIn } from './names.js';

export interface QuoteClaim {
  text: string;
  speaker: string | null;
  terms: string[];
}

const QUOTED = /[“"]([^“”"]+)[”"]/gu;
const MIN_WORDS = 4;

export function findQuotes(nlp: NlpToolkit, text: string, tokens: readonly SplitToken[]): QuoteClaim[] {
  const out: QuoteClaim[] = [];
  const quotes = [...text.matchAll(QUOTED)].filter((m) => m[1]!.trim().split(/\s+/u).length >= MIN_WORDS);
  if (quotes.length === 0) return out;
  const quotedWords = new Set(quotes.flatMap((m) => m[1]!.toLowerCase().split(/[^\p{L}\d]+/u)));
  const people = namesIn(nlp, tokens).filter((n) => n.kind === 'person' || n.kind === 'name' || n.kind === 'organisation');
  // A lone unclassified word opening the sentence ("Authorities said…") is a capital letter, not a speaker's name.
  const outside = people.filter((p) => !p.name.toLowerCase().split(/[\s-]+/u).every((w) => quotedWords.has(w)) && !(p.kind === 'name' && p.tokens.length === 1 && p.tokens[0] === 0));
  const speaker = outside.find((p) => p.kind === 'person') ?? outside[0] ?? null;
  for (const m of quotes) {
    const inside = m[1]!.trim().replace(/[.,]$/u, '');
    const insideTokens = tokens.filter((t) => inside.toLowerCase().includes(t.normal) && t.type === 'word');
    out.push({ text: inside, speaker: speaker ? withoutRole(nlp, speaker.name) : null, terms: [...new Set(contentTerms(insideTokens).map(family))] });
  }
  return out;
}

/** Share of the shorter quote's terms the other one has. */
export function quoteOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.filter((t) => large.has(t)).length / small.length;
}

/** Share of words two quotes must share to be the same words. */
const SAME_WORDS = 0.6;
/** Share of word stems the same speaker's two quotes must share to be one quote paraphrased. */
const PARAPHRASE = 0.3;

const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const NAME_TAGS = [...FIRST_NAME_TAGS, 'LastName', 'Person'];

/**
 * "State Antony Blinken" (of "Secretary of State Antony Blinken"): the words
 * before a person's first name that are no name themselves are their role.
 * A first name that ends the run ("West Virginia") is not cut at.
 */
export function withoutRole(nlp: NlpToolkit, name: string): string {
  const words = name.split(' ');
  const tagged = (w: string, tags: readonly string[]): boolean => nlp.lexicon(w.toLowerCase()).some((t) => tags.includes(t));
  const first = words.findIndex((w, i) => i > 0 && i < words.length - 1 && tagged(w, FIRST_NAME_TAGS));
  if (first < 0 || words.slice(0, first).some((w) => tagged(w, NAME_TAGS))) return name;
  return words.slice(first).join(' ');
}

const surname = (speaker: string | null): string | null => speaker?.toLowerCase().split(/[\s-]+/u).at(-1) ?? null;
const stems = (terms: readonly string[]): string[] => terms.map((t) => t.slice(0, 5));

/** Two quotes of one claim: the same words, or the same speaker's words paraphrased; never two named speakers' words. */
export function sameQuote(a: Pick<QuoteClaim, 'speaker' | 'terms'>, b: Pick<QuoteClaim, 'speaker' | 'terms'>): boolean {
  const who = surname(a.speaker);
  const other = surname(b.speaker);
  if (who !== null && other !== null && who !== other) return false;
  if (quoteOverlap(a.terms, b.terms) >= SAME_WORDS) return true;
  return who !== null && who === other && quoteOverlap(stems(a.terms), stems(b.terms)) >= PARAPHRASE;
}

/** Whether two quotes of one claim give the same words (else one paraphrases the other), from their texts. */
export function sameWording(a: string, b: string): boolean {
  const words = (s: string): string[] => [...new Set(s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2))];
  return quoteOverlap(words(a), words(b)) >= SAME_WORDS;
}
