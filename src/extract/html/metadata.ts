import type { ExtractedArticle } from '../../domain/types.js';
import { canonicalizeUrl } from '../common/canonical-url.js';
import { outletOfHost } from '../common/known-outlets.js';
import { parseDate } from '../common/dates.js';
import { normalizeLanguageTag } from '../common/language.js';
import type { JsonLdArticle } from './json-ld.js';
import { collapse, type PageMeta } from './page-meta.js';
import { cleanByline } from './byline.js';
import { cleanTitle, headlineOfTitle, siteNameInTitle } from './title.js';
import { wordTable } from '../../domain/strings.js';
import { outletKey } from '../../domain/outlets.js';

/**
 * Article details read from the whole page, before the body is extracted.
 * `language` comes from markup only (<html lang>, JSON-LD, og:locale); text detection comes later.
 */
export type ArticleMetadata = Pick<ExtractedArticle, 'title' | 'outlet' | 'published' | 'byline' | 'language' | 'url'>;

export function readMetadata(
  page: PageMeta,
  ld: JsonLdArticle | null,
  /** Reads the outlet from a copyright line; called only when the markup names none. */
  copyrightOutlet: () => string | null,
  pageUrl: string | null,
): ArticleMetadata {
  const m = page.meta;
  const rawTitle = first(m.get('og:title'), ld?.headline, m.get('twitter:title'), page.title, page.h1);
  const published = firstDate(
    m.get('article:published_time'),
    m.get('article:published'),
    ld?.datePublished,
    m.get('datepublished'),
    m.get('og:published_time'),
    m.get('publish-date'),
    m.get('pubdate'),
    m.get('publishdate'),
    m.get('parsely-pub-date'),
    m.get('sailthru.date'),
    m.get('dc.date.issued'),
    m.get('dc.date'),
    m.get('date'),
    page.time,
  );
  const byline = first(
    person(m.get('author')),
    person(m.get('article:author')),
    ld && ld.authors.length ? uniq(ld.authors.map((a) => collapse(a))).join(', ') : null,
    person(m.get('byl')?.replace(/^by\s+/i, '')),
    person(m.get('parsely-author')),
    person(m.get('sailthru.author')),
    person(m.get('dc.creator')),
    person(page.authorText?.replace(/^by\s+/i, '')),
  );
  const language = first(
    normalizeLanguageTag(page.lang),
    normalizeLanguageTag(ld?.inLanguage),
    normalizeLanguageTag(m.get('og:locale')),
    normalizeLanguageTag(m.get('content-language')),
  );
  const base = pageUrl ?? undefined;
  const url = first(
    canonicalizeUrl(page.links.get('canonical'), base),
    canonicalizeUrl(m.get('og:url'), base),
    canonicalizeUrl(ld?.url, base),
    canonicalizeUrl(pageUrl),
  );
  const outlet =
    bestWritten([m.get('og:site_name'), ld?.publisher, m.get('application-name'), m.get('al:android:app_name')].map(cleanOutlet), copyrightOutlet) ??
    siteNameInTitle([page.title, rawTitle], [...page.logoNames, ...hostNames(url, pageUrl)]);
  const title = rawTitle ? decodeEntities(collapse(rawTitle)) : null;
  return {
    // A headline the page prints as its <h1> is the title as it stands; else the title is cleaned of its site's name.
    title: title ? headlineOfTitle(title, page.h1) ?? (cleanTitle(title, outlet) || null) : null,
    outlet: outlet ? decodeEntities(collapse(outlet)) : null,
    published,
    byline: cleanByline(byline ? decodeEntities(byline) : null),
    language,
    url,
  };
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function firstDate(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const d = parseDate(v);
    // CMSs print placeholders such as 0001-01-01T00:00:00Z.
    if (d && d >= '1990' && d < '2100') return d;
  }
  return null;
}

/**
 * The first name the page gives itself, written as readers write it: a slug
 * ("floridatoday", "detroitnews") gives way to the same name written out by
 * a later source ("Florida Today" in JSON-LD, "Cleveland.com" in the copyright line).
 */
function bestWritten(names: readonly (string | null)[], copyrightOutlet: () => string | null): string | null {
  const given = names.filter((n): n is string => n !== null);
  const chosen = given[0] ?? copyrightOutlet();
  if (chosen === null || !/^[\p{Ll}\p{N}]+$/u.test(chosen)) return chosen;
  // A slug keeps a leading "the" that the written name's key sets aside ("theherald", "The Herald").
  const keys = new Set([outletKey(chosen), outletKey(chosen).replace(/^the(?=.)/u, '')]);
  return [...given.slice(1), given.length > 0 ? copyrightOutlet() : null].find((n) => n !== null && n !== chosen && keys.has(outletKey(n))) ?? chosen;
}

/** The name a web address gives its site: "https://www.thespacereview.com/…" -> "thespacereview". */
function hostNames(...urls: (string | null)[]): string[] {
  return [...new Set(urls.map((url) => outletOfHost(url)?.split('.').at(-2)).filter((name): name is string => name !== undefined))];
}

/**
 * "Autoracing | F1 | Indy" -> "Autoracing", "Remember 80/90 - Memorabilia anni 80/90" -> "Remember 80/90" (a site's
 * name and its tagline); a bare number or a social handle is no outlet name.
 */
function cleanOutlet(value: string | null | undefined): string | null {
  if (!value) return null;
  const name = value.split(/\s+[|–—-]\s+/)[0]!.trim();
  // A social handle ("@politifact") is where the site posts, not its name: the next source is asked.
  return name && /\p{L}/u.test(name) && !/^@\w+$/u.test(name) ? name : null;
}

/** A person's name as a byline: not a URL, not a long sentence. */
function person(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = collapse(value);
  if (!v || /^https?:\/\//i.test(v) || v.length > 100) return null;
  return v;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

const ENTITIES = wordTable<string>({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" });

/** JSON-LD strings sometimes carry HTML entities; decode the common ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (all, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeChar(parseInt(lower.slice(2), 16), all);
    if (lower.startsWith('#')) return safeChar(parseInt(lower.slice(1), 10), all);
    return ENTITIES[lower] ?? all;
  });
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
