/**
 * A copy of a string that does not hold on to the string it was cut from. A
 * feed parser's values are slices of the whole feed document, and V8 keeps the
 * document alive for as long as any slice of it lives: the titles, GUIDs and
 * dates of a refresh's entries kept its 200 feed documents in memory (+110 MB
 * on the 200-feed bench).
 */
export function detached(text: string): string {
  return (` ${text}`).slice(1);
}

/**
 * A table looked up by words from the input: without a prototype, so that
 * "constructor" or "toString" find nothing instead of Object's members.
 */
export function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return dictionary(Object.entries(entries));
}

/**
 * An object without a prototype holding `entries`, keys in their order. V8
 * keeps such an object a dictionary from the start; an ordinary one given
 * hundreds of keys no other object has (a reading's terms) gets a new hidden
 * class for each key until it turns into a dictionary.
 */
export function dictionary<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

// Made on first use: ICU's display names cost ~13 ms to set up, which every process and worker thread that
// loads this module paid at start, though few ever name a language.
let languageNames: Intl.DisplayNames | null = null;

/** A language's English name from its ISO 639-1 code ("de" -> "German"); the code when it has none. */
export function languageName(code: string): string {
  try {
    return (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A title cut short ("…has begun withdrawing its forces from Kazakhstan
 * after…", "…Duet From The Tonight Show Is Too ..."): feeds and aggregators
 * truncate long headlines, and a text dump without one gets its first
 * sentence's start. A whole headline is preferred to it.
 */
export const isCutShort = (title: string): boolean => /(?:…|\.\.\.)$/u.test(title.trim());

/** Han and kana: scripts written without spaces between words (Korean spaces its words: its tokens count). */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Characters of such a script per word, about (Japanese and Chinese words run one to three). */
const CHARACTERS_PER_WORD = 2;

/**
 * Terms of a run of Han or kana, which has no spaces to split it at: its
 * overlapping pairs of characters ("商標法違反" -> 商標, 標法, 法違, 違反), the
 * usual index terms for Chinese and Japanese text; a character alone when the
 * run is one long. Punctuation and other scripts end a run. Korean is read
 * so too: it spaces its words but writes their particles onto them ("서울에서",
 * "서울은": 서울 in both).
 */
export function unspacedTerms(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(UNSPACED_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Hangul}]+/gu;

/**
 * Terms of a word of a script wink has no model for (it types them "unk":
 * Cyrillic, Greek, Arabic, Hebrew, Han, kana, Hangul…): the pairs of
 * characters of a run of Han, kana or Hangul, else the word lower-cased; none
 * for a token without a letter or of one letter.
 */
export function otherScriptTerms(word: string): string[] {
  if (!/\p{L}/u.test(word)) return [];
  const pairs = unspacedTerms(word);
  if (pairs.length > 0) return pairs;
  return word.length >= 2 ? [word.toLowerCase()] : [];
}

/** The text as a regular expression that matches it literally. */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML element or a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The words a text's characters in scripts written without spaces make, about:
 * split at spaces, a Japanese article is "11 words". 0 for other scripts.
 */
export function unspacedWords(text: string): number {
  // Most texts hold none of these scripts (all from U+2E80 up): the pattern's array of matches only for those that do.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x2e80) i++;
  if (i === text.length) return 0;
  return Math.round((text.match(UNSPACED_SCRIPT)?.length ?? 0) / CHARACTERS_PER_WORD);
}
