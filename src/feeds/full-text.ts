import { htmlToText } from './text.js';
import type { FeedEntry } from './types.js';

export type FullTextMode = 'auto' | 'always' | 'never';
export const FULL_TEXT_MODES: readonly FullTextMode[] = ['auto', 'always', 'never'];

/** Fewer words than this and the feed's content is a teaser, not the article. */
export const TEASER_WORDS = 150;

const READ_MORE = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|read more|continue reading|weiterlesen|lire la suite|leer más|читать далее)\s*»?\s*$/i;

/** Whether the feed carries only a teaser of the article (short, or ending in "Read more…"). */
export function isTeaser(content: string | null): boolean {
  return !content || isTeaserText(htmlToText(content));
}

/** `isTeaser` of content already made plain text (feeds/text.ts `htmlToText`). */
export function isTeaserText(text: string): boolean {
  const words = text ? text.split(' ').length : 0;
  return words < TEASER_WORDS || READ_MORE.test(text);
}

/**
 * Whether to fetch the original article for an entry: `always` / `never` force it;
 * `auto` fetches when the feed carries only a teaser and keeps the feed's content
 * when it is the full text. No link, nothing to fetch.
 */
export function shouldFetchArticle(mode: FullTextMode, entry: Pick<FeedEntry, 'link' | 'content'>, contentIsTeaser = isTeaser(entry.content)): boolean {
  if (!entry.link) return false;
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return contentIsTeaser;
}
