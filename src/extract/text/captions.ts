/**
 * Photo captions inside the body. A text dump prints a photo's caption and
 * then its credit on a line of its own ("Sanjeev Verma/Hindustan Times/Getty
 * Images", "Photo: Gene J. Puskar", "Michael Conroy, AP"): the line right
 * before such a credit is the caption, however much it reads like prose.
 * Not every credit follows its caption: "Image copyright Reuters" comes
 * before it (the caption line then names itself, "Image caption …", and is
 * caught by its wording), a bare agency name may stand for a dateline, and
 * an embedded tweet ends with its pic.twitter.com link after the tweet text,
 * and a line with the credit in brackets after some words ("WeWork chairman
 * Marcelo Claure (Credit: Getty Images)") is a caption of its own.
 */
import type { Line } from './blocks.js';
import type { LineFeatures } from './features.js';
import { AGENCY_CAPTION_RE } from '../../domain/captions.js';

/** Credits are short. */
const CREDIT_MAX_UNITS = 8;
const NOT_CLOSING_RE = /^(?:image )?copyright\b|pic\.twitter\.com|\S\s*\(/iu;

/**
 * Below this score a line with caption wording ("In this photo issued by
 * ITV, …", "Image caption …", "… (Photo: Getty Images)") is a caption, even
 * between paragraphs; above it, it is a paragraph that quotes a credit.
 */
const CAPTION_KEEP_MIN = 2.5;
const TWEET_RE = /pic\.twitter\.com\//u;
/** A line that opens as a caption ("In this photo …", "FILE PHOTO: …", "Image caption …") is one, however long. */
const CAPTION_START_RE = /^(?:in )?this (?:file )?(?:photo|image|picture|handout)\b|^file photo\b|^(?:image|media|photo|video) caption|^caption\b/iu;

/** ", 2019" or ", 1998": a full date's year, looked for before the caption's pattern. */
const hasFullYear = (text: string): boolean => text.includes(', 20') || text.includes(', 19');
/** Longest agency caption (words): a paragraph of prose may end on a date and a place. */
const AGENCY_CAPTION_UNITS = 45;

/**
 * For every line, whether it is a photo caption: worded as one and not
 * clearly prose (or opening with a caption's words), or right before a photo
 * credit that closes it. An embedded
 * tweet (its text, then its pic.twitter.com link) is a quote, not a caption.
 */
export function captionLines(lines: readonly Line[], features: readonly LineFeatures[], scores: readonly number[]): boolean[] {
  return lines.map((line, i) => {
    if (features[i]!.units <= AGENCY_CAPTION_UNITS && hasFullYear(line.text) && AGENCY_CAPTION_RE.test(line.text)) return true;
    if (features[i]!.caption && (scores[i]! < CAPTION_KEEP_MIN || CAPTION_START_RE.test(line.text)) && !TWEET_RE.test(line.text)) return true;
    const next = features[i + 1];
    if (!next?.caption || next.units > CREDIT_MAX_UNITS || next.units < 2) return false;
    return !NOT_CLOSING_RE.test(lines[i + 1]!.text) && !features[i]!.caption;
  });
}
