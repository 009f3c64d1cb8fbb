/**
 * When two names are one outlet. Pages name their outlet as they please
 * ("WIRED" and "Wired", "CTV News" and "CTVNews", "Snopes" and "Snopes.com",
 * "The Telegraph" and "Telegraph"), and a story told by one outlet under two
 * spellings is not told by two.
 */

/**
 * The words a company adds to its outlet's name in a copyright line ("The New York Times Company", "Al Jazeera
 * Media Network", "Telegraph Media Group"): a text dump that names its owner this way and a page of the same
 * outlet are one outlet.
 */
const OWNER_WORDS = /\s+(?:company|media(?:\s+(?:group|network|company))?)$/u;

/** An outlet's name's words: case, "the", a web suffix, an owner's company words and punctuation aside ("The Detroit News" -> detroit, news). */
export function outletWords(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(OWNER_WORDS, '')
    .replace(/^the\s+/u, '')
    .replace(/\.(?:com|net|org|co\.uk|co|info|news)$/u, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The key every spelling of an outlet's name shares: its words run together ("CTV News" and "CTVNews"). */
export function outletKey(name: string): string {
  return outletWords(name).join('');
}

/** Whether two names are one outlet's. */
export const sameOutlet = (a: string, b: string): boolean => outletKey(a) === outletKey(b);

/** Who a reading counts as when outlets are counted: its outlet's key, or itself when its outlet is unknown. */
export function outletIdentity(m: { id: string; outlet: string | null }): string {
  const key = m.outlet === null ? '' : outletKey(m.outlet);
  return key === '' ? `#${m.id}` : key;
}

/** Each outlet once, under the name most of its readings give it (the first given on a tie), most readings first. */
export function distinctOutlets(names: Iterable<string>): string[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const name of names) {
    const key = outletKey(name) || name;
    const entry = byKey.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    entry.count++;
    entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
    byKey.set(key, entry);
  }
  const named = [...byKey.values()].map(({ count, spellings }) => {
    let best = '';
    let most = 0;
    for (const [name, n] of spellings) if (n > most) [best, most] = [name, n];
    return { name: best, count };
  });
  return named.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((o) => o.name);
}

/** What a reading that names no outlet, nor an address, is called where outlets are listed. */
export const UNKNOWN_OUTLET = 'unknown outlet';

/**
 * Who a reading is from, as a list shows it: its outlet, else its address's
 * site (`outletOfHost`: "nhk.or.jp" for www3.nhk.or.jp), else "unknown outlet". (Its category
 * is the user's shelf, not a source: "uncategorized" read as an outlet.)
 */
export function sourceLabel(r: { outlet: string | null; url: string | null }): string {
  return r.outlet || outletOfHost(r.url) || UNKNOWN_OUTLET;
}

/** "https://www.catchitkansas.com/…" -> "catchitkansas.com": what a reader sees of an outlet that names itself nowhere. */
export function outletOfHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d*\./u, '');
    return host.includes('.') && !/^[\d.]+$|:/u.test(host) ? host : null;
  } catch {
    return null;
  }
}

