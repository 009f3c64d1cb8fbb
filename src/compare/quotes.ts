/**
 * Quote claims: words inside quotation marks (four words or more) and who
 * said them — the name beside the verb of saying outside the quote ("Volker
 * said", "said Antony Blinken"), or null when a pronoun says it ("he
 * warned") or no one is named. Two outlets quote the same words when their
 * content terms mostly overlap; a spun copy's paraphrase of one speaker's
 * words ("so Russia is in your home…" for "Once Russians are in your
 * house…") is the same quote, worded differently.
 */
import type { NlpToolkit } from '../relate/nlp.js';
import type { NameSpan } from '../relate/entities.js';
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

/**
 * `isName(word)`: whether the reading writes that word as a name inside a
 * sentence somewhere, so that a lone capitalised word opening this sentence
 * ("Volker said…") is a name and not just a capital letter ("Authorities
 * said…").
 */
export function findQuotes(nlp: NlpToolkit, text: string, tokens: readonly SplitToken[], isName: (word: string) => boolean = () => false): QuoteClaim[] {
  const out: QuoteClaim[] = [];
  const quotes = [...text.matchAll(QUOTED)].filter((m) => m[1]!.trim().split(/\s+/u).length >= MIN_WORDS);
  if (quotes.length === 0) return out;
  const inQuote = quotedTokens(tokens);
  const names = namesIn(nlp, tokens).filter((n) => n.kind !== 'place' && n.tokens.every((i) => !inQuote[i]));
  const loneOpening = (n: NameSpan): boolean => n.kind === 'name' && n.tokens.length === 1 && n.tokens[0] === 0 && !isName(n.name.toLowerCase());
  // "U.S. Secretary" (of State Antony Blinken), "White House Press Secretary": a title is no speaker.
  const title = (n: NameSpan): boolean => nlp.lexicon(tokens[n.tokens[n.tokens.length - 1]!]!.normal).some((t) => t === 'Actor' || t === 'Honorific');
  // "a March 2019 study": a lone word before a day or a year dates something (the lexicon does not know "March" for a month).
  const dated = (n: NameSpan): boolean => n.tokens.length === 1 && /^\d{1,4}$/u.test(tokens[n.tokens[0]! + 1]?.value ?? '');
  const found = speakerOf(tokens, inQuote, names.filter((n) => !loneOpening(n) && !title(n) && !dated(n)));
  const speaker = found ? withoutRole(nlp, found.name) : null;
  for (const m of quotes) {
    const inside = m[1]!.trim().replace(/[.,]$/u, '');
    const insideTokens = tokens.filter((t) => inside.toLowerCase().includes(t.normal) && t.type === 'word');
    out.push({ text: inside, speaker, terms: [...new Set(contentTerms(insideTokens).map(family))] });
  }
  return out;
}

/** Which tokens stand between quotation marks (“…”, «…», "…"). */
export function quotedTokens(tokens: readonly SplitToken[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    const v = t.value;
    if (v === '“' || v === '«' || (v === '"' && !open)) {
      inside.push(false);
      open = true;
    } else if (v === '”' || v === '»' || v === '"') {
      inside.push(false);
      open = false;
    } else inside.push(open);
  }
  return inside;
}

/** Lemmas of verbs that introduce someone's words. */
const SPEECH = new Set([
  'say', 'tell', 'add', 'warn', 'note', 'state', 'stress', 'claim', 'write', 'ask', 'explain', 'insist', 'argue', 'declare', 'announce',
  'testify', 'reply', 'respond', 'continue', 'conclude', 'recall', 'acknowledge', 'admit', 'urge', 'caution', 'complain', 'concede',
  'contend', 'emphasize', 'emphasise', 'observe', 'predict', 'promise', 'remark', 'suggest', 'tweet', 'vow', 'confirm', 'deny', 'describe',
  'assert', 'maintain', 'report', 'reiterate', 'beg', 'plead', 'shout', 'scream', 'whisper', 'joke', 'quip', 'blast', 'slam',
]);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
/** How far a speaker's name may stand from the verb: before it ("Morrison, Vindman's superior, said") and after it ("said Secretary of State Antony Blinken"). */
const BEFORE = 6;
const AFTER = 5;
/** Added to the distance: a person is the likeliest speaker, an organisation ("U.S.", "NATO") the least. */
const KIND_PENALTY: Record<string, number> = { person: 0, name: 1, organisation: 4 };

/** Longest apposition between a name and its verb, in tokens. */
const MAX_APPOSITION = 25;

/** The comma opening an apposition that the comma at `closing` ends, outside quotes; -1 when there is none. */
function appositionStart(tokens: readonly SplitToken[], inQuote: readonly boolean[], closing: number): number {
  for (let i = closing - 1; i > 0 && closing - i <= MAX_APPOSITION; i--) {
    if (inQuote[i] || /^["“”]$/u.test(tokens[i]!.value)) return -1;
    if (tokens[i]!.value === ',') return i;
  }
  return -1;
}

/**
 * The name beside a verb of saying outside the quotes, nearest first, a
 * person before other names; a pronoun right before the verb ("he warned")
 * speaks for no one named. With no such verb, a person named
 * outside the quotes.
 */
function speakerOf(tokens: readonly SplitToken[], inQuote: readonly boolean[], names: readonly NameSpan[]): NameSpan | null {
  let best: { name: NameSpan | null; score: number } | null = null;
  let verbs = 0;
  tokens.forEach((t, v) => {
    if (inQuote[v] || t.pos !== 'VERB' || !SPEECH.has(t.lemma)) return;
    verbs++;
    const consider = (name: NameSpan | null, score: number): void => {
      if (!best || score < best.score) best = { name, score };
    };
    // The subject before the verb, past its auxiliaries ("has written").
    let subjectEnd = v - 1;
    while (subjectEnd > 0 && tokens[subjectEnd]!.pos === 'AUX') subjectEnd--;
    // "he warned"; in "Volker said he never…" the pronoun after the verb is the reported clause's subject.
    if (subjectEnd >= 0 && PRONOUNS.has(tokens[subjectEnd]!.normal)) consider(null, 1);
    // "Steve Clarke, deputy associate administrator in NASA's Science Mission Directorate, said": the name before the apposition.
    const opening = tokens[subjectEnd]?.value === ',' ? appositionStart(tokens, inQuote, subjectEnd) : -1;
    for (const n of names) {
      const first = n.tokens[0]!;
      const last = n.tokens[n.tokens.length - 1]!;
      const distance = last === opening - 1 ? 1 : last < v ? v - last : first > v ? first - v : Infinity;
      if ((last < v && distance > BEFORE) || (first > v && distance > AFTER) || distance === Infinity) continue;
      // "Morrison, Vindman's superior, said": a possessive name is not the one speaking.
      if (POSSESSIVE.has(tokens[last + 1]?.normal ?? '')) continue;
      // Half a token more than a pronoun as near: "he said" names no one, whoever stands after the verb.
      consider(n, distance + (KIND_PENALTY[n.kind] ?? 1) + 0.5);
    }
  });
  const found = best as { name: NameSpan | null } | null;
  if (found) return found.name;
  return verbs === 0 ? (names.find((n) => n.kind === 'person') ?? null) : null;
}

/** How many of the shorter quote's terms the other one has. */
function sharedTerms(a: readonly string[], b: readonly string[]): number {
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.filter((t) => large.has(t)).length;
}

/** Share of the shorter quote's terms the other one has. */
export function quoteOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return sharedTerms(a, b) / Math.min(a.length, b.length);
}

/**
 * The same words: most of the shorter quote's terms, and three of them at
 * least (or all of a shorter one's): "I frankly cringe when I hear it" is not
 * "Frankly I couldn't believe what I was hearing…" for sharing two.
 */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return quoteOverlap(a, b) >= SAME_WORDS && sharedTerms(a, b) >= Math.min(3, a.length, b.length);
}

/** Share of words two quotes must share to be the same words. */
const SAME_WORDS = 0.6;
/** Share of word stems the same speaker's two quotes must share to be one quote paraphrased. */
const PARAPHRASE = 0.3;
/** And how many at least: one word in common ("time") makes no paraphrase of two things Trump said. */
const MIN_PARAPHRASE_SHARED = 2;

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
  if (sameWords(a.terms, b.terms)) return true;
  if (who === null || who !== other) return false;
  const [sa, sb] = [stems(a.terms), stems(b.terms)];
  return quoteOverlap(sa, sb) >= PARAPHRASE && sharedTerms(sa, sb) >= MIN_PARAPHRASE_SHARED;
}

/** Whether two quotes of one claim give the same words (else one paraphrases the other), from their texts. */
export function sameWording(a: string, b: string): boolean {
  const words = (s: string): string[] => [...new Set(s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2))];
  return sameWords(words(a), words(b));
}
