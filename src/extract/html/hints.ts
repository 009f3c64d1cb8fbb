/**
 * class/id words that name page furniture. Matched against each class or id
 * token of a block's own ancestors (below the article root), split on - and _,
 * so "c-byline__name" and "author-bio" both count, but "authority" does not.
 *
 * Strong words mark a container that is never article text, even when it
 * holds well-formed sentences (an author bio, a newsletter pitch); weak words
 * only condemn blocks that do not read like prose.
 */
const STRONG_WORDS = new Set([
  'byline', 'bylines', 'author', 'authors', 'bio', 'biography', 'newsletter', 'newsletters', 'signup', 'subscribe',
  'subscription', 'caption', 'credit', 'credits', 'share', 'sharing', 'social', 'related', 'recirc', 'promo',
  'comments', 'comment', 'breadcrumb', 'breadcrumbs', 'gallery', 'slideshow', 'tags', 'taglist', 'copyright', 'print',
]);
const WEAK_WORDS = new Set([
  'disqus', 'sidebar', 'advert', 'advertisement', 'ads', 'sponsored', 'outbrain', 'taboola', 'timestamp', 'dateline',
  'pubdate', 'toolbar', 'nav', 'navigation', 'menu', 'footer', 'masthead', 'kicker', 'rating', 'ratings', 'popular',
  'trending', 'promotion',
]);

export interface Furniture {
  strong: string[];
  weak: string[];
}

/** The furniture words found in a block's local class/id hints. */
export function furnitureWords(localHints: string): Furniture {
  const found: Furniture = { strong: [], weak: [] };
  if (!localHints) return found;
  for (const token of localHints.split(/\s+/)) {
    for (const part of token.split(/[-_]+/)) {
      const list = STRONG_WORDS.has(part) ? found.strong : WEAK_WORDS.has(part) ? found.weak : null;
      if (list && !list.includes(part)) list.push(part);
    }
  }
  return found;
}
