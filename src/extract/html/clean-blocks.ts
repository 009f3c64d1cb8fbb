import type { Block } from './blocks.js';
import { furnitureMemo, isProse, ownSignal, type Verdict } from './block-signals.js';
import { BYLINE_RE, DATELINE_RE, TAIL_NOTE_RE } from './cues.js';
import { measure, type BlockFeatures } from './features.js';
import { isCommentsHeading } from '../common/comment-headings.js';
import { MONTH_STEMS } from '../../domain/calendar.js';

/** What the cleaner knows about the page besides the blocks. */
export interface CleanContext {
  title: string | null;
  byline: string | null;
}

export type { Verdict } from './block-signals.js';

/**
 * Decide which blocks of Readability's output are article text. Readability
 * finds the right container; this pass removes what the container also holds.
 *
 * Each block first gets its own signals (caption, furniture class, cue
 * phrase, link density). The article body is then the span from the first
 * to the last prose block (sentences, few links, no signal): inside it only
 * clear clutter goes; before it (datelines, bylines) and after it (bios,
 * prompts, related links, tag lists) the rules are stricter.
 */
export function judgeBlocks(blocks: readonly Block[], ctx: CleanContext): Verdict[] {
  const feats = blocks.map(measure);
  const furnitureOf = furnitureMemo();
  const comments = commentsStart(blocks, feats);
  const signals = blocks.map((b, i) => (i >= comments ? 'comments' : ownSignal(b, feats[i]!, furnitureOf)));
  const prose = feats.map((f, i) => signals[i] === null && isProse(f));
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  const title = ctx.title ? norm(ctx.title) : null;
  const byline = ctx.byline ? norm(ctx.byline) : null;

  let inRelated = false;
  return blocks.map((b, i): Verdict => {
    const f = feats[i]!;
    const t = b.text;
    const signal = signals[i]!;
    const short = f.chars < 120;
    const zone = firstProse < 0 || i < firstProse ? 'head' : i > lastProse ? 'tail' : 'body';
    // A "Related" heading starts a run of links that ends at the next prose block.
    if (signal === 'related-heading') inRelated = true;
    else if (prose[i]) inRelated = false;
    if (signal === 'prompt' && zone === 'body' && f.sentenceEnd && f.chars >= 120) return null;
    if ((signal === 'links' || signal === 'bio') && zone === 'body') return null;
    if (signal) return signal;
    if (inRelated && (f.inListItem || f.linkDensity > 0.3 || short)) return 'related';
    if (title && short && similarTitle(norm(t), title)) return 'title';
    if (zone === 'body') return null;
    if (f.inQuote) return null;
    if (short && (BYLINE_RE.test(t) || DATELINE_RE.test(t))) return 'dateline';
    if (f.chars < (zone === 'head' ? 150 : 60) && looksLikeDate(t)) return 'dateline';
    if (!/[\p{L}_]/u.test(t)) return 'label';
    if (byline && short && isBylineLine(norm(t), byline)) return 'byline';
    if (zone === 'tail' && f.chars < 400 && TAIL_NOTE_RE.test(t)) return 'tail-note';
    return null;
  });
}

/** Words of article above a comments heading for it to end the article (a link to the comments may head the page). */
const MIN_BODY_WORDS_BEFORE_COMMENTS = 150;

/**
 * Where the comments (or their form) begin: the first short heading that names
 * them, once the article has said enough. Their texts are sentences like the
 * article's, and without class names to say "comment" only the heading tells.
 */
function commentsStart(blocks: readonly Block[], feats: readonly BlockFeatures[]): number {
  let words = 0;
  for (let i = 0; i < blocks.length; i++) {
    const f = feats[i]!;
    if (words >= MIN_BODY_WORDS_BEFORE_COMMENTS && f.chars <= 240 && isCommentsHeading(blocks[i]!.text)) return i;
    if (isProse(f)) words += blocks[i]!.text.split(' ').length;
  }
  return blocks.length;
}

export function keepBlocks(blocks: readonly Block[], ctx: CleanContext): boolean[] {
  return judgeBlocks(blocks, ctx).map((v) => v === null);
}

/** "By Jane Doe", "Jane Doe, Reuters": the byline name opens the line, little else follows. */
function isBylineLine(text: string, byline: string): boolean {
  if (text.length > byline.length + 40) return false;
  const at = text.indexOf(byline);
  if (at < 0 || (at > 0 && !/^(by|von|par|por|di|door|av|written by|words by|story by) $/.test(text.slice(0, at)))) return false;
  const rest = text.slice(at + byline.length);
  return rest === '' || /^ (\d|and |updated|published|posted|reporter|correspondent|staff|editor|senior|contributor|special)/.test(rest);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The block repeats the title (maybe without its site suffix, or with a prefix). */
function similarTitle(text: string, title: string): boolean {
  if (!text) return false;
  if (text === title) return true;
  return text.length >= 20 && (title.startsWith(text) || text.startsWith(title));
}

const DATE_RE = new RegExp(
  `\\b(\\d{1,2}(st|nd|rd|th)?\\s+(${MONTH_STEMS})[a-z]*\\.?,?\\s+\\d{4}|(${MONTH_STEMS})[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{1,2}:\\d{2}\\s*(am|pm)?)\\b`,
  'i',
);

/** A short block that is mostly a date or time. */
function looksLikeDate(text: string): boolean {
  return DATE_RE.test(text);
}
