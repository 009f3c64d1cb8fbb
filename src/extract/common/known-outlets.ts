/**
 * An outlet known by its web address: a small table of well-known news hosts
 * (the name readers know, where pages name themselves "U.S." or "NYTimes"),
 * and the host itself for a reading that names no outlet at all.
 */
export { outletOfHost } from '../../domain/outlets.js';

/** Registrable-domain suffixes of well-known outlets, most specific first. */
const KNOWN_HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['nhk.or.jp', 'NHK World'],
  ['presstv.ir', 'Press TV'],
  ['presstv.com', 'Press TV'],
  ['bbc.co.uk', 'BBC'],
  ['bbc.com', 'BBC'],
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'AP'],
  ['ap.org', 'AP'],
  ['usatoday.com', 'USA Today'],
  ['detroitnews.com', 'The Detroit News'],
  ['latimes.com', 'Los Angeles Times'],
  ['cbsnews.com', 'CBS News'],
  ['nbcnews.com', 'NBC News'],
  ['foxnews.com', 'Fox News'],
  ['npr.org', 'NPR'],
  ['bloomberg.com', 'Bloomberg'],
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

