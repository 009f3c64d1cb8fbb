import { outletKey } from '../../domain/outlets.js';

/** Separators sites put between an article title and their own name. */
const SEPARATOR_RE = /\s+[|\-–—:·•»/\\]\s+|\s+::\s+/;
/** The same, and a colon right after the first segment ("The Space Review: Seeking…"). */
const SEGMENT_RE = new RegExp(`${SEPARATOR_RE.source}|(?<=^[^:]+):\\s+`, 'gu');
/** Letters and digits alone, lower-cased: what two spellings of a name or a headline share. */
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Most words of a segment that names a site or a section beside a headline. */
const SHORT_SEGMENT_WORDS = 5;

/**
 * Strip a site name from a page title: "Troops leave | Press TV" -> "Troops leave".
 * A segment is stripped when it names the outlet, or when it is a short last
 * (or first) segment beside a much longer one.
 */
export function cleanTitle(title: string, outlet: string | null): string {
  const t = title.trim();
  const ends = endSegments(t);
  if (!ends) return t;
  const site = outlet ? letters(outlet) : null;
  const isSite = (s: string) => site !== null && (letters(s) === site || (letters(s).length > 2 && (site.includes(letters(s)) || letters(s).includes(site))));
  if (isSite(ends.last)) return ends.beforeLast;
  if (isSite(ends.first)) return ends.afterFirst;
  const parts = t.split(SEPARATOR_RE);
  if (parts.length < 2) return t;
  const seps = [...t.matchAll(new RegExp(SEPARATOR_RE.source, 'g'))];
  const last = parts[parts.length - 1]!;
  const words = (s: string) => s.split(/\s+/).length;
  const head = t.slice(0, seps[seps.length - 1]!.index).trim();
  if (words(last) <= 4 && words(head) >= 3 && words(head) >= 2 * words(last)) return head;
  return t;
}

const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/** A title's first and last segments beside the rest of it, when it has a separator. */
function endSegments(title: string): { first: string; afterFirst: string; last: string; beforeLast: string } | null {
  const seps = [...title.matchAll(SEGMENT_RE)];
  if (seps.length === 0) return null;
  const [a, z] = [seps[0]!, seps[seps.length - 1]!];
  return {
    first: title.slice(0, a.index).trim(),
    afterFirst: title.slice(a.index + a[0].length).trim(),
    last: title.slice(z.index + z[0].length).trim(),
    beforeLast: title.slice(0, z.index).trim(),
  };
}

/**
 * The headline the page prints as its <h1> when the title is that headline
 * and a short site or section label ("Opinion | Republicans Are Following
 * Trump to Nowhere" over an <h1> of the words after the bar), else null.
 */
export function headlineOfTitle(title: string, h1: string | null): string | null {
  const parts = h1 ? endSegments(title) : null;
  if (!parts || !h1) return null;
  const key = letters(h1);
  if (key === '') return null;
  const keep = (headline: string, label: string): boolean => letters(headline) === key && wordCount(label) <= SHORT_SEGMENT_WORDS && wordCount(headline) > wordCount(label);
  if (keep(parts.afterFirst, parts.first)) return parts.afterFirst;
  if (keep(parts.beforeLast, parts.last)) return parts.beforeLast;
  return null;
}

/**
 * A site's name as the page's title writes it ("The Space Review: Seeking…",
 * "About bugs – Vortex Cannon Entertainment"), for a page whose markup names
 * no outlet: a short first or last segment of a title, taken only when the
 * page confirms it, by its logo's text or its web address.
 */
export function siteNameInTitle(titles: readonly (string | null)[], confirmations: readonly string[]): string | null {
  const keys = new Set(confirmations.map(outletKey).filter((k) => k.length >= 3));
  if (keys.size === 0) return null;
  for (const title of titles) {
    const parts = title ? endSegments(title) : null;
    if (!parts) continue;
    for (const [site, rest] of [[parts.last, parts.beforeLast], [parts.first, parts.afterFirst]] as const) {
      if (rest !== '' && wordCount(site) <= SHORT_SEGMENT_WORDS && keys.has(outletKey(site))) return site;
    }
  }
  return null;
}
