import type { ExtractedArticle } from '../domain/types.js';
import { canonicalizeUrl } from './common/canonical-url.js';
import { bodyLanguage } from './common/body-language.js';
import { isBannerLine } from './text/cues.js';
import { titleFromBody } from './text/metadata.js';

const MAX_LINES = 6;
const MAX_CHARS = 1200;

/**
 * A text too short to hold page furniture — a headline, a lead, a note — is
 * taken as it is: the classifier needs a page around the body to tell them
 * apart, and a headline alone would otherwise be refused as "no article".
 * Returns null for anything longer, or with no words in it.
 */
export function shortTextArticle(text: string, url: string | null): ExtractedArticle | null {
  if (text.length > MAX_CHARS) return null;
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > MAX_LINES) return null;
  // Menus and link lists are runs of one- or two-word lines; a headline or a
  // lead has words enough to say something. A single line is what the user
  // chose to give (a headline of two words: "Bond default"), unless it is the
  // wording of a button or a banner ("Sign in").
  const words = lines.map((l) => (l.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).length);
  if (lines.length === 1) {
    if (words[0] === 0 || isBannerLine(lines[0]!.toLowerCase(), words[0]!)) return null;
  } else if (!words.some((n) => n >= 5) || words.filter((n) => n >= 3).length * 2 < lines.length) return null;
  const [first, ...rest] = lines as [string, ...string[]];
  const headline = rest.length > 0 && first.length <= 150 && !/[.!?]["”’]?$/.test(first);
  const paragraphs = headline ? rest : lines;
  return {
    format: 'text',
    title: headline ? first : titleFromBody(first),
    outlet: null,
    published: null,
    byline: null,
    language: bodyLanguage(paragraphs),
    url: canonicalizeUrl(url),
    category: null,
    paragraphs,
    html: null,
  };
}
