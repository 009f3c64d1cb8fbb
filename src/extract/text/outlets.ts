/**
 * Outlet names: from a URL host (a small table of well-known news hosts),
 * from a copyright line, from a masthead line.
 */
import { cleanOutletName } from '../common/outlet-name.js';

/** Registrable-domain suffixes of well-known outlets, most specific first. */
const KNOWN_HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['nhk.or.jp', 'NHK World'],
  ['presstv.ir', 'Press TV'],
  ['presstv.com', 'Press TV'],
  ['bbc.co.uk', 'BBC'],
  ['bbc.com', 'BBC'],
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'AP'],
  ['aljazeera.com', 'Al Jazeera'],
  ['theguardian.com', 'The Guardian'],
  ['nytimes.com', 'The New York Times'],
  ['washingtonpost.com', 'The Washington Post'],
  ['wsj.com', 'The Wall Street Journal'],
  ['cnn.com', 'CNN'],
  ['tass.com', 'TASS'],
  ['rt.com', 'RT'],
  ['dw.com', 'DW'],
  ['france24.com', 'France 24'],
  ['euronews.com', 'Euronews'],
  ['xinhuanet.com', 'Xinhua'],
  ['scmp.com', 'South China Morning Post'],
  ['ctvnews.ca', 'CTV News'],
  ['cbc.ca', 'CBC'],
  ['abc.net.au', 'ABC News'],
];

/** The outlet of a URL whose host is a well-known news host, else null. */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [suffix, name] of KNOWN_HOSTS) if (host === suffix || host.endsWith(`.${suffix}`)) return name;
  return null;
}

const COPYRIGHT_RE = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.*)$/iu;

/**
 * "Copyright © 2022 Press TV. All rights reserved." -> "Press TV"; the first
 * part of a footer line ("Copyright © 2019, Los Angeles Times | Terms of
 * Service | Privacy Policy"). A menu item ("Copyright and Reprint") names no one.
 */
export function outletFromCopyright(text: string): string | null {
  const m = COPYRIGHT_RE.exec(text.trim());
  if (!m) return null;
  const name = cleanOutletName((m[1] ?? '').split(/\s+\|\s+/u)[0]!);
  return name && plausibleName(name) && !/^\p{Ll}+\b/u.test(name) ? name : null;
}

/** "SpreadIt News | Digital Newspaper" -> "SpreadIt News": the shortest part of a separated masthead. */
export function outletFromMasthead(text: string): string | null {
  const parts = text.split(/\s+[|–—-]\s+|\s*\|\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let best: string | null = null;
  for (const p of parts) if (best === null || p.split(' ').length < best.split(' ').length) best = p;
  return best && plausibleName(best) ? best : null;
}

/** A site name: one to six words, starting with a letter or digit, no sentence end. */
export function plausibleName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 6 && name.length <= 60 && /^[\p{L}\p{N}]/u.test(name) && !/[.!?:]$/.test(name);
}
