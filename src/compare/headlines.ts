/**
 * Is a headline supported? By a sentence (of its own body, or of another
 * reading, headline included) that names every name the headline names and
 * says at least half of the rest of it (content words, paraphrase families
 * folded: "pull out" = "withdraw", numbers as digits). When no sentence
 * does, the reason names what is missing.
 */
import type { NlpToolkit } from '../relate/nlp.js';
import type { AnalyzedSentence, DocumentAnalysis } from '../summarize/analyze-document.js';
import type { SplitToken } from '../summarize/sentences.js';
import { family, NUMBER_WORDS, OBJECT_CLASSES } from './lexicon.js';
import { mentions, nameStem, namesIn, toParsed, wordParts } from './names.js';
import { readNumber } from './quantities.js';
import { aliasesOf } from '../relate/name-aliases.js';
import { isTitleCase, type NameSpan } from '../relate/entities.js';
import { splitSentences } from '../summarize/sentences.js';
import type { HeadlineCheck } from './types.js';
import { outletIdentity } from '../domain/outlets.js';

/** Share of the headline's other words a supporting sentence must say: more than half of a short headline's, 40 % of a long one's. */
const SHORT_HEADLINE = 4;
const LONG_SHARE = 0.4;

function enoughWords(share: number, size: number): boolean {
  return size <= SHORT_HEADLINE ? share > 0.5 : share >= LONG_SHARE;
}

interface HeadlineName {
  stem: string;
  text: string;
  /** The other names of its country or body, as words ("US": "u.s", "united states", "america"). */
  aliases: string[][];
}

interface HeadlineParts {
  names: HeadlineName[];
  /** Folded term -> the word as the headline writes it. */
  predicate: Map<string, string>;
}

type Stem = (word: string) => string;

/** A paraphrase family's head ("pull" -> "withdraw"), else the word's stem ("expectations", "expected" -> "expect"). */
function fold(term: string, stem: Stem): string {
  const word = term.replace(/['’]s$/u, '');
  const head = family(word);
  return head !== word ? head : stem(word);
}

/** The folded term of a token, or null for stop-words and punctuation; number words count ("Two Days" = "2 days"). */
function termOf(t: SplitToken, stem: Stem): string | null {
  if (t.type === 'number') return t.normal.replace(/,/gu, '');
  if (NUMBER_WORDS[t.normal] !== undefined) return String(NUMBER_WORDS[t.normal]);
  // A possessive's "’s", split off its name, is no word of the headline's.
  if (t.stop || !/\p{L}/u.test(t.normal) || t.normal.length < 2 || /^['’]s$/u.test(t.normal)) return null;
  return fold(t.lemma, stem);
}

/**
 * The folded terms of a sentence's tokens, by token: a figure is its value
 * with its scale ("943K", "943,000" -> "943000"; "1.4 million" -> "1400000"),
 * a scale word written apart a word of its own ("million": as many words to
 * match as before), one written against the figure none ("K"); a vague
 * figure ("dozens") is a word.
 */
function termsOf(tokens: readonly SplitToken[], stem: Stem): { term: string | null; last: number }[] {
  const out: { term: string | null; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.type === 'number' ? readNumber(tokens, i) : null;
    if (n && !n.vague) {
      let written = i;
      while (written < n.last && tokens[written + 1]!.space === '') written++;
      out.push({ term: String(n.value), last: written });
      for (let j = i + 1; j <= n.last; j++) out.push({ term: tokens[j]!.space === '' ? null : termOf(tokens[j]!, stem), last: j });
      i = n.last;
    } else out.push({ term: termOf(tokens[i]!, stem), last: i });
  }
  return out;
}

function headlineParts(nlp: NlpToolkit, title: AnalyzedSentence): HeadlineParts {
  // A Title Case "Days" or "Two" is not a name.
  const names = namesIn(nlp, title.tokens).filter((n) => !n.tokens.every((i) => OBJECT_CLASSES[title.tokens[i]!.normal] || NUMBER_WORDS[title.tokens[i]!.normal] !== undefined));
  const inName = new Set(names.flatMap((n) => n.tokens));
  const predicate = new Map<string, string>();
  const lemmas = titleCaseLemmas(nlp, title);
  const tokens = lemmas ? title.tokens.map((t, i) => ({ ...t, lemma: lemmas[i]! })) : title.tokens;
  termsOf(tokens, nlp.stem).forEach(({ term, last }, i) => {
    if (term === null || inName.has(i)) return;
    predicate.set(term, tokens.slice(i, last + 1).map((t, j) => (j > 0 ? t.space + t.value : t.value)).join(''));
  });
  return { names: names.map((n) => ({ stem: headlineStem(n), text: n.name, aliases: aliasesOf(n.key).map((a) => a.split(' ')) })), predicate };
}

/** Whether the words hold the alias: its words in a row, the last by its start when it is a long word ("america": "American"). */
function saysAlias(alias: readonly string[], words: readonly string[]): boolean {
  const same = (word: string, k: number): boolean => {
    const w = word.replace(/\.$/u, '');
    return k === alias.length - 1 && alias[k]!.length >= 5 ? w.startsWith(alias[k]!) : w === alias[k];
  };
  for (let i = 0; i + alias.length <= words.length; i++) if (alias.every((_, k) => same(words[i + k]!, k))) return true;
  return false;
}

function says(name: HeadlineName, words: readonly string[]): boolean {
  return mentions(name.stem, words) || name.aliases.some((a) => saysAlias(a, words));
}

/**
 * A Title Case headline's words are tagged as names, whose lemma is the word
 * itself ("Drops", "Gave"): their lemmas read from the headline in lower case
 * ("drop", "give"), when it splits into the same tokens.
 */
function titleCaseLemmas(nlp: NlpToolkit, title: AnalyzedSentence): string[] | null {
  if (!isTitleCase(toParsed(title.tokens))) return null;
  const lower = splitSentences(nlp, title.text.toLowerCase()).flatMap((s) => s.tokens);
  return lower.length === title.tokens.length ? lower.map((t) => t.lemma) : null;
}

/** A one-word place by its first four letters: "Sweden" is said as "Swedish", "China" as "Chinese", "Britain" as "British". */
function headlineStem(name: NameSpan): string {
  const stem = nameStem(name);
  return name.kind === 'place' && !/[\s-]/u.test(name.key) && stem.length > 4 ? stem.slice(0, 4) : stem;
}

interface Match {
  sentence: string;
  score: number;
  supported: boolean;
  missing: string[];
}

/** What a sentence is matched by: its words (for names) and its folded terms. */
interface SentenceKeys {
  words: string[];
  terms: Set<string>;
}

/**
 * Each sentence's keys, computed once per comparison: every headline is
 * matched against every sentence of the story (79 readings: ~190,000 pairs).
 */
type KeysOf = (s: AnalyzedSentence) => SentenceKeys;

function keysCache(stem: Stem): KeysOf {
  const cache = new Map<AnalyzedSentence, SentenceKeys>();
  return (s) => {
    let keys = cache.get(s);
    if (!keys) {
      keys = { words: wordParts(s.tokens.map((t) => t.normal)), terms: new Set(termsOf(s.tokens, stem).flatMap(({ term }) => (term === null ? [] : [term]))) };
      cache.set(s, keys);
    }
    return keys;
  };
}

function matchSentence(parts: HeadlineParts, s: AnalyzedSentence, keysOf: KeysOf): Match {
  return matchKeys(parts, s.text, keysOf(s));
}

/** Two sentences of one paragraph read as one: a headline often folds a lead and the sentence after it into one line. */
function matchPair(parts: HeadlineParts, a: AnalyzedSentence, b: AnalyzedSentence, keysOf: KeysOf): Match {
  const ka = keysOf(a);
  const kb = keysOf(b);
  return matchKeys(parts, `${a.text} ${b.text}`, { words: [...ka.words, ...kb.words], terms: new Set([...ka.terms, ...kb.terms]) });
}

function matchKeys(parts: HeadlineParts, sentence: string, { words, terms }: SentenceKeys): Match {
  const missingNames = parts.names.filter((n) => !says(n, words));
  const missingWords = [...parts.predicate].filter(([term]) => !terms.has(term));
  const nameShare = parts.names.length > 0 ? 1 - missingNames.length / parts.names.length : 1;
  const wordShare = parts.predicate.size > 0 ? 1 - missingWords.length / parts.predicate.size : 1;
  return {
    sentence,
    score: Math.round(((nameShare + wordShare) / 2) * 1000) / 1000,
    supported: missingNames.length === 0 && (parts.predicate.size === 0 || enoughWords(wordShare, parts.predicate.size)),
    missing: [...missingNames.map((n) => n.text), ...missingWords.map(([, word]) => word)],
  };
}

/** The longest name stem (`nameStem`): a word mentions a name when it starts with its stem. */
const STEM_LENGTH = 5;

/**
 * The sentences that share a term or a name with a headline. Any other
 * sentence scores below every one of them (no name and no word of the
 * headline) and is supported only by a headline with nothing to say, so a
 * headline is matched against these alone, not against every sentence of
 * the story.
 */
type Relevant = (parts: HeadlineParts) => ReadonlySet<AnalyzedSentence> | 'all';

function relevantSentences(sentences: readonly AnalyzedSentence[], keysOf: KeysOf): Relevant {
  const byKey = new Map<string, AnalyzedSentence[]>();
  const add = (key: string, s: AnalyzedSentence): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  };
  for (const s of sentences) {
    const { words, terms } = keysOf(s);
    for (const t of terms) add(`t:${t}`, s);
    for (const w of words) for (let n = 1; n <= Math.min(STEM_LENGTH, w.length); n++) add(`n:${w.slice(0, n)}`, s);
  }
  return (parts) => {
    if (parts.names.some((n) => n.stem.length === 0 || n.stem.length > STEM_LENGTH)) return 'all';
    const out = new Set<AnalyzedSentence>();
    for (const term of parts.predicate.keys()) for (const s of byKey.get(`t:${term}`) ?? []) out.add(s);
    for (const n of parts.names) {
      for (const key of [n.stem, ...n.aliases.map((a) => a[0]!.replace(/\.$/u, '').slice(0, STEM_LENGTH))]) for (const s of byKey.get(`n:${key}`) ?? []) out.add(s);
    }
    return out;
  };
}

function bestMatch(parts: HeadlineParts, sentences: readonly AnalyzedSentence[], keysOf: KeysOf, relevant: ReadonlySet<AnalyzedSentence> | 'all'): Match | null {
  let best: Match | null = null;
  const consider = (m: Match): void => {
    if (!best || (m.supported && !best.supported) || (m.supported === best.supported && m.score > best.score)) best = m;
  };
  const isRelevant = (s: AnalyzedSentence | undefined): s is AnalyzedSentence => s !== undefined && (relevant === 'all' || relevant.has(s));
  sentences.forEach((s, i) => {
    if (!isRelevant(s)) return;
    consider(matchSentence(parts, s, keysOf));
    const next = sentences[i + 1];
    if (next && next.paragraph === s.paragraph && next.index === s.index + 1 && isRelevant(next)) consider(matchPair(parts, s, next, keysOf));
  });
  // None shares anything: they all score alike, and the first wins the tie.
  return best ?? (sentences[0] ? matchSentence(parts, sentences[0], keysOf) : null);
}

/**
 * Why a reading's own body does not back its headline: the headline's words
 * the body never says ("missing: feud"), else, when it says them all but in
 * different sentences, what its closest sentence lacks. (The closest
 * sentence's gaps alone named "Big, Machine" for a body full of Big Machine.)
 */
function ownBodyReason(parts: HeadlineParts, sentences: readonly AnalyzedSentence[], keysOf: KeysOf, closest: Match | null): string {
  const all = sentences.map(keysOf);
  const never = matchKeys(parts, '', { words: all.flatMap((k) => k.words), terms: new Set(all.flatMap((k) => [...k.terms])) }).missing;
  if (never.length > 0) return `its own body does not say it (missing: ${never.join(', ')})`;
  return `no sentence of its own body says it all${closest && closest.missing.length > 0 ? ` (the closest lacks: ${closest.missing.join(', ')})` : ''}`;
}

export interface HeadlineDoc {
  id: string;
  outlet: string | null;
  analysis: DocumentAnalysis;
  /** The title is the body's own first words (a text given without a headline): no headline to check, only support for others'. */
  titleFromBody?: boolean;
}

export function checkHeadlines(nlp: NlpToolkit, docs: readonly HeadlineDoc[]): HeadlineCheck[] {
  const out: HeadlineCheck[] = [];
  const keysOf = keysCache(nlp.stem);
  const unitsOf = new Map(docs.map((d) => [d, [...(d.analysis.title ? [d.analysis.title] : []), ...d.analysis.sentences]]));
  const relevantTo = relevantSentences([...unitsOf.values()].flat(), keysOf);
  const otherOutlets = (d: HeadlineDoc) => docs.filter((o) => o.id !== d.id && outletIdentity(o) !== outletIdentity(d));
  for (const doc of docs) {
    const title = doc.analysis.title;
    if (!title || doc.titleFromBody) continue;
    const parts = headlineParts(nlp, title);
    const relevant = relevantTo(parts);
    const own = bestMatch(parts, doc.analysis.sentences, keysOf, relevant);
    const supportedBy: HeadlineCheck['supportedBy'] = [];
    let closest: Match | null = null;
    for (const other of otherOutlets(doc)) {
      const m = bestMatch(parts, unitsOf.get(other)!, keysOf, relevant);
      if (!m) continue;
      if (m.supported) supportedBy.push({ id: other.id, outlet: other.outlet, sentence: m.sentence, score: m.score });
      else if (!closest || m.score > closest.score) closest = m;
    }
    const ownSupported = own?.supported ?? false;
    const othersExist = otherOutlets(doc).length > 0;
    const flagged = !ownSupported || (othersExist && supportedBy.length === 0);
    const reasons: string[] = [];
    if (!ownSupported) reasons.push(ownBodyReason(parts, doc.analysis.sentences, keysOf, own));
    if (othersExist && supportedBy.length === 0) reasons.push(`no other outlet says it${closest && closest.missing.length > 0 ? ` (closest lacks: ${closest.missing.join(', ')})` : ''}`);
    out.push({
      id: doc.id,
      outlet: doc.outlet,
      headline: title.text,
      ownBody: { supported: ownSupported, sentence: own?.supported ? own.sentence : null, score: own?.score ?? 0 },
      supportedBy,
      flagged,
      ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
    });
  }
  return out;
}
