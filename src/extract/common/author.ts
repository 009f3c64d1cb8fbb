/**
 * A byline worth showing: a person's or an agency's name, not the site
 * crediting itself ("BBC News" on the BBC's site, "AppleInsider", "Detroit
 * News wire services" on The Detroit News) nor the account the page was
 * posted from ("admin", "jdadmin", "gto"): "by admin" tells a reader nothing.
 */
import { outletWords } from '../../domain/outlets.js';

/** Whether one name's words begin with all of the other's: the site's name, or the site's name and more. */
function sameSiteName(a: string, b: string): boolean {
  const [x, y] = [outletWords(a), outletWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  // "AppleInsider" and "Apple Insider", "Al-Bawaba" and "Al Bawaba": compared glued as well.
  return short.every((w, i) => long[i] === w) || short.join('') === long.join('');
}

/** An account name: one word in lower case or with "admin" in it, or a name ending in "Admin". */
const LOWER_WORD_RE = /^[\p{Ll}\d_.-]+$/u;
const ADMIN_RE = /^\S*admin\S*$|\badmin(?:istrator)?$/iu;

/** A role or a degree after the name ("CNN Editor-at-large", "AP Sports Writer", "MS", "RD", "PhD"). */
const ROLE_RE = /\b(?:editor|writer|reporter|correspondent|contributor|columnist|producer|staff|analyst|anchor)\b/iu;
const DEGREE_RE = /^(?:\p{Lu}{2,4}|Ph\.?\s?D\.?|M\.?D\.?)$/u;

/**
 * The byline without what follows the names: "Chris Cillizza, CNN Editor-at-large", "Jill Disis, CNN Business",
 * "Rachael Link, MS, RD", "Finian Cunningham. Sputnik International". A part is cut when it is a role, a degree or
 * the outlet's name (with more after it); another person's name ("Lia Eustachewich, Yaron Steinbuch") stays.
 */
function withoutTitles(byline: string, outlet: string | null): string {
  let names = byline;
  for (;;) {
    const separators = [...names.matchAll(/\s*,\s+|\.\s+(?=\p{Lu})/gu)];
    const last = separators[separators.length - 1];
    if (!last) return names;
    const tail = names.slice(last.index + last[0].length);
    if (!(ROLE_RE.test(tail) || DEGREE_RE.test(tail) || (outlet !== null && sameSiteName(tail, outlet)))) return names;
    names = names.slice(0, last.index);
  }
}

export function authorOf(byline: string | null, outlet: string | null): string | null {
  if (!byline) return null;
  if (LOWER_WORD_RE.test(byline) || ADMIN_RE.test(byline)) return null;
  if (outlet && sameSiteName(byline, outlet)) return null;
  return withoutTitles(byline, outlet);
}
