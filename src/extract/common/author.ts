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

export function authorOf(byline: string | null, outlet: string | null): string | null {
  if (!byline) return null;
  if (LOWER_WORD_RE.test(byline) || ADMIN_RE.test(byline)) return null;
  return outlet && sameSiteName(byline, outlet) ? null : byline;
}
