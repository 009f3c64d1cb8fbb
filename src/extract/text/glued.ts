/**
 * Teasers in a text dump: a headline link printed straight into its summary,
 * with no space or line between them ("…As Strong WR OptionsThe 49ers and…").
 */
/** A cheap first look: a lower-case letter (or sentence end) touching an upper-case one. */
const ASCII_JOIN_RE = /[a-z][.!?"”’)]?[A-Z][a-z]/;
const SENTENCE_GLUE_RE = /\p{Ll}{2}[.!?]["”’)]?\p{Lu}\p{Ll}/u;
const WORD_GLUE_RE = /(?:^|\s)\p{Ll}{5,}\p{Lu}\p{Ll}/u;
const JOIN_RE = /(?:\p{Ll}|[?!.)’'"”])\p{Lu}\p{Ll}/u;

/**
 * A title-case headline run straight into a sentence, as a text dump prints a
 * teaser's headline link and its summary: at least four words before the
 * join, three in four of them capitalised.
 */
export function isGluedTeaser(text: string, units: number): boolean {
  if (isDoubled(text) || isTeaserRun(text)) return true;
  if (units < 6 || !ASCII_JOIN_RE.test(text)) return false;
  // A caption or a sentence run into the next one: "…in New York.One of the…", "…componentsHere's where…".
  if (SENTENCE_GLUE_RE.test(text) || WORD_GLUE_RE.test(text)) return true;
  const words = text.split(' ', 30);
  let capitalised = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const c = w.charCodeAt(0);
    const upperStart = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{Lu}\p{N}]/u.test(w));
    if (k >= 3 && w.length >= 6) {
      // The join must sit at least five letters into the word ("iPhone", "PlayStation" are names).
      const m = JOIN_RE.exec(w.slice(4));
      if (m && capitalised + (upperStart ? 1 : 0) >= (k + 1) * 0.75) return true;
    }
    if (upperStart) capitalised++;
  }
  return false;
}

/**
 * A title printed twice in a row, as a dump prints an image link's alt text
 * and then its title: "Business focus: a camera lensBusiness focus: a camera lens".
 */
function isDoubled(text: string): boolean {
  const n = text.length;
  if (n < DOUBLED_MIN_LENGTH) return false;
  const half = n >> 1;
  if (n % 2 === 0) return text.slice(0, half) === text.slice(half);
  return text.charCodeAt(half) === 32 && text.slice(0, half) === text.slice(half + 1);
}

/** Shorter doubles ("Go Go") are not link titles. */
const DOUBLED_MIN_LENGTH = 20;

/** A summary cut off mid-sentence and the next teaser's headline after it: "…may soon... Indian-origin man pleads…". */
const CUT_THEN_HEADLINE_RE = /\p{Ll}(?:\.\.\.|…) \p{Lu}/gu;

/**
 * Teasers printed one after another on one line, as a browser copies a news
 * ticker: two cut-off summaries or more, each followed by the next headline.
 * Prose quoting with an ellipsis rarely does it twice.
 */
function isTeaserRun(text: string): boolean {
  if (!text.includes('...') && !text.includes('…')) return false;
  return (text.match(CUT_THEN_HEADLINE_RE)?.length ?? 0) >= 2;
}
