import { decodeEntities } from './text.js';
import { absoluteUrl } from './urls.js';

/** A feed a page links to. */
export interface FeedLink {
  url: string;
  title: string | null;
  type: string | null;
}

const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|application\/(rss|atom)|application\/json|application\/xml|text\/xml|text\/rss\+xml)$/i;

/** Where sites usually put their feed, tried in order when a page names none. */
export const USUAL_FEED_PATHS = ['/feed', '/rss', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml', '/feed.json', '/feeds/posts/default', '/?feed=rss2'];

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attrs[(m[1] as string).toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * The feeds an HTML page declares with `<link rel="alternate" type="application/rss+xml">`
 * (Atom, RDF and JSON Feed types too), absolute against the page URL and any
 * `<base href>`, in page order, without repeats.
 */
export function discoverFeedLinks(html: string, pageUrl: string): FeedLink[] {
  const baseHref = /<base\s[^>]*href\s*=\s*["']?([^"'\s>]+)/i.exec(html)?.[1];
  const base = absoluteUrl(baseHref, pageUrl) ?? pageUrl;
  const found: FeedLink[] = [];
  const seen = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    const type = attrs.type?.trim().toLowerCase() ?? null;
    if (!rels.includes('alternate') && !rels.includes('feed')) continue;
    if (type ? !FEED_TYPES.test(type) : !rels.includes('feed')) continue;
    if (rels.includes('alternate') && type === 'application/json' && !/feed/i.test(attrs.title ?? attrs.href ?? '')) continue;
    const url = absoluteUrl(attrs.href, base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    found.push({ url, title: attrs.title?.trim() || null, type });
  }
  return found;
}

/** The usual feed URLs of a site, to try when its page names none. */
export function usualFeedUrls(pageUrl: string): string[] {
  return USUAL_FEED_PATHS.map((p) => new URL(p, pageUrl).href);
}
