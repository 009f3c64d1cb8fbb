/**
 * Search in scripts written without spaces between words (Chinese, Japanese,
 * Thai, Lao, Khmer, Burmese). FTS5's unicode61 tokenizer takes a whole run of
 * such characters for one word ("商標法違反の疑いで" is one token), so
 * "商標法" never matched. A query with a word in such a script looks for its
 * words as substrings instead.
 *
 * Substrings are found by scanning the readings' text (no second index: it
 * would cost every import for what a few readings hold); a scan of ~50 MB of
 * text, a library of 10,000 articles, takes a few tens of milliseconds.
 */

import { escapeRegExp } from '../domain/strings.js';

/**
 * A character of a script written without spaces between words, or of
 * Korean, which spaces its words but writes their particles onto them (the
 * index holds "서울에서", "in Seoul", so "서울" found nothing).
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;

/**
 * The query's words (and "quoted phrases") as substrings to look for, when
 * one of them is in a script written without spaces; null when none is. A
 * Latin word beside them is looked for as a substring too: in such text it
 * is glued to the characters around it ("改造したiPhoneを販売"), and the
 * full-text index holds it inside their token.
 */
export function substringTerms(query: string): string[] | null {
  const terms: string[] = [];
  let unspaced = false;
  for (const m of query.matchAll(/"([^"]*)"|(\S+)/gu)) {
    const phrase = m[1] ?? m[2]!;
    if (UNSPACED.test(phrase)) unspaced = true;
    if (phrase === 'OR') continue;
    const term = phrase.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '').replace(/\s+/gu, ' ');
    if (term) terms.push(term);
  }
  return unspaced && terms.length > 0 ? terms : null;
}

/** A LIKE pattern that matches the term anywhere (`\` escapes the pattern's own characters). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/** Characters of context either side of the first match. */
const CONTEXT = 40;

/**
 * A snippet of the text around the first of the terms found, every term
 * found inside it between `open` and `close`, whitespace run together, '…'
 * where the text goes on.
 */
export function unspacedSnippet(text: string, terms: readonly string[], open: string, close: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const lower = flat.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return [...flat].slice(0, 2 * CONTEXT).join('') + (flat.length > 2 * CONTEXT ? '…' : '');
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(flat.length, at + CONTEXT * 2);
  const anyTerm = new RegExp([...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu');
  const snippet = flat.slice(start, end).replace(anyTerm, (found) => `${open}${found}${close}`);
  return `${start > 0 ? '…' : ''}${snippet}${end < flat.length ? '…' : ''}`;
}

