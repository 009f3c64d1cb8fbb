import type { AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { parseFeedDate } from './dates.js';
import { detached, escapeHtml } from '../domain/strings.js';
import { plainTitle } from './text.js';
import type { Enclosure, FeedEntry, ParsedFeed } from './types.js';
import { absoluteUrl, absolutizeHtml, nestBase } from './urls.js';

type Rss = RssFeed.Feed<string>;
type Atom = AtomFeed.Feed<string>;
type Rdf = RdfFeed.Feed<string>;
type Json = JsonFeed.Feed<string>;

/** What the adapters share: the URL the document came from, and the cap on entries. */
export interface AdaptContext {
  url: string | null;
}

type Header = Omit<ParsedFeed, 'entries' | 'truncatedEntries' | 'recovered' | 'format' | 'version'>;

const firstOf = <T>(xs: readonly T[] | undefined): T | undefined => xs?.[0];
const nonEmpty = (s: string | null | undefined): string | null => (s && s.trim() ? detached(s.trim()) : null);

function html(value: string | null | undefined, base: string | null): string | null {
  const v = nonEmpty(value);
  return v ? absolutizeHtml(v, base) : null;
}

/** RSS `<author>` is "email (Name)" or a name; keep the name when there is one. */
function personName(raw: string | null | undefined): string | null {
  const v = nonEmpty(raw);
  if (!v) return null;
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(v);
  return plainTitle(m ? m[1] : v);
}

function enclosure(url: string | null, type: string | null | undefined, length: number | null | undefined): Enclosure | null {
  return url ? { url, type: type ?? null, length: typeof length === 'number' && Number.isFinite(length) ? length : null } : null;
}

const isEnclosure = (e: Enclosure | null): e is Enclosure => e !== null;

function atomLink(links: readonly { href?: string; rel?: string; type?: string }[] | undefined, rel: string): string | undefined {
  return links?.find((l) => (l.rel ?? 'alternate') === rel && l.href)?.href;
}

// ---- RSS 0.9x / 2.0 ----

export function adaptRss(feed: Rss, ctx: AdaptContext): Header & { entries: FeedEntry[] } {
  const docBase = nestBase(ctx.url, feed.xml?.base);
  const link = absoluteUrl(feed.link, docBase) ?? absoluteUrl(atomLink(feed.atom?.links, 'alternate'), docBase);
  const base = link ?? docBase;
  const entries = (feed.items ?? []).map((item): FeedEntry => {
    const itemBase = nestBase(base, item.xml?.base);
    const guid = nonEmpty(item.guid?.value);
    const permalink = item.guid?.isPermaLink !== false && guid ? absoluteUrl(guid, itemBase) : null;
    const encoded = item.content?.encoded;
    const description = item.description;
    return {
      guid,
      title: plainTitle(item.title ?? item.dc?.titles?.[0]),
      link: absoluteUrl(item.link, itemBase) ?? absoluteUrl(atomLink(item.atom?.links, 'alternate'), itemBase) ?? permalink,
      published: parseFeedDate(item.pubDate ?? firstOf(item.dc?.dates) ?? firstOf(item.dcterms?.issued) ?? firstOf(item.dcterms?.created)),
      updated: parseFeedDate(item.atom?.updated ?? firstOf(item.dcterms?.modified)),
      author: personName(firstOf(item.authors)?.name ?? firstOf(item.authors)?.email ?? firstOf(item.dc?.creators)),
      content: html(encoded, itemBase) ?? html(description, itemBase),
      summary: encoded ? html(description, itemBase) : null,
      enclosures: (item.enclosures ?? []).map((e) => enclosure(absoluteUrl(e.url, itemBase), e.type, e.length)).filter(isEnclosure),
    };
  });
  const ttl = typeof feed.ttl === 'number' && feed.ttl > 0 ? feed.ttl : null;
  return { title: plainTitle(feed.title), link, selfUrl: absoluteUrl(atomLink(feed.atom?.links, 'self'), docBase), ttlMinutes: ttl, entries };
}

// ---- RSS 1.0 (RDF) ----

export function adaptRdf(feed: Rdf, ctx: AdaptContext): Header & { entries: FeedEntry[] } {
  const docBase = nestBase(ctx.url, feed.xml?.base);
  const link = absoluteUrl(feed.link, docBase);
  const base = link ?? docBase;
  const entries = (feed.items ?? []).map((item): FeedEntry => {
    const itemBase = nestBase(base, item.xml?.base);
    const encoded = item.content?.encoded;
    return {
      guid: nonEmpty(item.rdf?.about) ?? null,
      title: plainTitle(item.title),
      link: absoluteUrl(item.link, itemBase) ?? absoluteUrl(item.rdf?.about, itemBase),
      published: parseFeedDate(firstOf(item.dc?.dates) ?? firstOf(item.dcterms?.issued) ?? firstOf(item.dcterms?.created)),
      updated: parseFeedDate(firstOf(item.dcterms?.modified)),
      author: personName(firstOf(item.dc?.creators)),
      content: html(encoded, itemBase) ?? html(item.description, itemBase),
      summary: encoded ? html(item.description, itemBase) : null,
      enclosures: [],
    };
  });
  return { title: plainTitle(feed.title), link, selfUrl: absoluteUrl(atomLink(feed.atom?.links, 'self'), docBase), ttlMinutes: null, entries };
}

// ---- Atom 0.3 / 1.0 ----

/** Atom text constructs: `text` is escaped for HTML, `html` and `xhtml` are HTML already. */
function atomHtml(text: { value?: string; type?: string } | undefined, base: string | null): string | null {
  const value = nonEmpty(text?.value);
  if (!value) return null;
  const type = (text?.type ?? 'text').toLowerCase();
  const isHtml = type === 'html' || type === 'xhtml' || type.includes('html');
  return absolutizeHtml(isHtml ? value : `<p>${escapeHtml(value)}</p>`, base);
}

export function adaptAtom(feed: Atom, ctx: AdaptContext): Header & { entries: FeedEntry[] } {
  const base = nestBase(ctx.url, feed.xml?.base);
  const feedAuthor = firstOf(feed.authors)?.name;
  const entries = (feed.entries ?? []).map((entry): FeedEntry => {
    const entryBase = nestBase(base, entry.xml?.base);
    const contentBase = nestBase(entryBase, entry.content?.xml?.base);
    const content = atomHtml(entry.content, contentBase);
    const summary = atomHtml(entry.summary, entryBase);
    return {
      guid: nonEmpty(entry.id),
      title: plainTitle(entry.title?.value),
      link: absoluteUrl(atomLink(entry.links, 'alternate') ?? firstOf(entry.links)?.href, entryBase) ?? absoluteUrl(entry.content?.src, entryBase),
      published: parseFeedDate(entry.published ?? firstOf(entry.dc?.dates)),
      updated: parseFeedDate(entry.updated),
      author: personName(firstOf(entry.authors)?.name ?? firstOf(entry.dc?.creators) ?? feedAuthor),
      content: content ?? summary,
      summary: content ? summary : null,
      enclosures: (entry.links ?? [])
        .filter((l) => l.rel === 'enclosure')
        .map((l) => enclosure(absoluteUrl(l.href, entryBase), l.type, l.length))
        .filter(isEnclosure),
    };
  });
  return {
    title: plainTitle(feed.title?.value),
    link: absoluteUrl(atomLink(feed.links, 'alternate'), base),
    selfUrl: absoluteUrl(atomLink(feed.links, 'self'), base),
    ttlMinutes: null,
    entries,
  };
}

// ---- JSON Feed 1.0 / 1.1 ----

/** JSON Feed 1.0 had one `author`; 1.1 has `authors`. */
type JsonItemV10 = JsonFeed.Item<string> & { author?: { name?: string } };

export function adaptJson(feed: Json, ctx: AdaptContext): Header & { entries: FeedEntry[] } {
  const home = absoluteUrl(feed.home_page_url, ctx.url);
  const base = home ?? ctx.url;
  const feedAuthor = firstOf(feed.authors)?.name ?? (feed as { author?: { name?: string } }).author?.name;
  const entries = (feed.items ?? []).map((raw): FeedEntry => {
    const item = raw as JsonItemV10;
    const text = nonEmpty(item.content_text);
    const contentHtml = html(item.content_html, base) ?? (text ? text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('') : null);
    const summary = nonEmpty(item.summary);
    return {
      guid: item.id === undefined || item.id === null ? null : nonEmpty(String(item.id)),
      title: plainTitle(item.title),
      link: absoluteUrl(item.url, base) ?? absoluteUrl(item.external_url, base),
      published: parseFeedDate(item.date_published),
      updated: parseFeedDate(item.date_modified),
      author: personName(firstOf(item.authors)?.name ?? item.author?.name ?? feedAuthor),
      content: contentHtml ?? (summary ? `<p>${escapeHtml(summary)}</p>` : null),
      summary: contentHtml && summary ? `<p>${escapeHtml(summary)}</p>` : null,
      enclosures: (item.attachments ?? []).map((a) => enclosure(absoluteUrl(a.url, base), a.mime_type, a.size_in_bytes)).filter(isEnclosure),
    };
  });
  return { title: plainTitle(feed.title), link: home, selfUrl: absoluteUrl(feed.feed_url, ctx.url), ttlMinutes: null, entries };
}
