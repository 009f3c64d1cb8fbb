import type { Block } from './blocks.js';
import {
  AD_LABEL_RE, BIO_RE, CREDIT_RE, CREDIT_SUFFIX_RE, CROSS_REF_RE, DISCLOSURE_RE, FOLLOW_RE, PROMPT_RE, READ_TIME_RE,
  RELATED_LOOSE_RE, RELATED_RE, SHARE_RE, TAGS_RE,
} from './cues.js';
import type { BlockFeatures } from './features.js';
import { furnitureWords, type Furniture } from './hints.js';


/** Why a block was dropped; null = kept. */
export type Verdict = string | null;

/** Prose: a sentence-shaped block of some length with few links. */
export function isProse(f: BlockFeatures): boolean {
  return !f.heading && f.chars >= 80 && f.sentenceEnd && f.linkDensity < 0.5;
}

/**
 * The signals a block carries on its own, wherever it sits in the article:
 * a caption, page chrome, a cue phrase (ad label, share bar, related heading,
 * credit, disclosure, prompt, bio), a furniture class, a link-dense line.
 * Null when none: such a block may be prose.
 */
export function ownSignal(b: Block, f: BlockFeatures, furnitureOf: (hints: string) => Furniture): Verdict {
  const t = b.text;
  const short = f.chars < 120;
  if (f.inCaption) return 'caption';
  if (f.inChrome) return 'chrome';
  if (short && AD_LABEL_RE.test(t)) return 'ad-label';
  if (short && (SHARE_RE.test(t) || READ_TIME_RE.test(t) || TAGS_RE.test(t))) return 'widget';
  if (f.chars < 80 && (RELATED_RE.test(t) || (!f.sentenceEnd && RELATED_LOOSE_RE.test(t)))) return 'related-heading';
  if (f.chars < 300 && (CREDIT_RE.test(t) || CREDIT_SUFFIX_RE.test(t))) return 'credit';
  if (f.chars < 300 && DISCLOSURE_RE.test(t)) return 'disclosure';
  if (f.chars < 300 && (PROMPT_RE.test(t) || FOLLOW_RE.test(t))) return 'prompt';
  if (f.chars < 400 && BIO_RE.test(t)) return 'bio';
  const furniture = furnitureOf(f.localHints);
  if (furniture.strong.length) return `class:${furniture.strong.join(',')}`;
  if (furniture.weak.length && !isProse(f)) return `class:${furniture.weak.join(',')}`;
  if (f.linkDensity > 0.6 && !(f.chars > 150 && f.sentenceEnd) && !f.isAddress) {
    // Inside the body a linked line may be content (a product, a source);
    // a cross-reference says so, shouts, or is a bare label.
    if (CROSS_REF_RE.test(t) || isShouting(t) || f.words <= 2) return 'cross-ref';
    return 'links';
  }
  return null;
}


/** furnitureWords, memoized for one page (many blocks share their ancestors' classes). */
export function furnitureMemo(): (hints: string) => Furniture {
  const cache = new Map<string, Furniture>();
  return (hints) => {
    let found = cache.get(hints);
    if (!found) {
      found = furnitureWords(hints);
      cache.set(hints, found);
    }
    return found;
  };
}

/** Mostly upper-case letters, several words: a teaser headline. */
function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.8;
}
