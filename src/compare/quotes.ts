/**
 * Quote claims: words inside quotation marks (four words or more) and who
 * said them — the name nearest the quote in its sentence, or null ("he
 * stated"). Two outlets quote the same words when their content terms
 * mostly overlap.
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
  const outside = people.filter((p) => !p.name.toLowerCase().split(/[\s-]+/u).every((w) => quotedWords.has(w)));
  const speaker = outside.find((p) => p.kind === 'person') ?? outside[0] ?? null;
  for (const m of quotes) {
    const inside = m[1]!.trim().replace(/[.,]$/u, '');
    const insideTokens = tokens.filter((t) => inside.toLowerCase().includes(t.normal) && t.type === 'word');
    out.push({ text: inside, speaker: speaker?.name ?? null, terms: [...new Set(contentTerms(insideTokens).map(family))] });
  }
  return out;
}

/** Share of the shorter quote's terms the other one has. */
export function quoteOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.filter((t) => large.has(t)).length / small.length;
}
