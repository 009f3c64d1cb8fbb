/** The wire formats Readings reads; each is parsed into its own types, then adapted to {@link ParsedFeed}. */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** A media file an entry carries (RSS enclosure, Atom rel="enclosure", JSON Feed attachment). */
export interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

/**
 * One entry of a feed, whatever its format: links absolute, title plain text,
 * dates ISO 8601 UTC (null when absent or unreadable), content HTML.
 */
export interface FeedEntry {
  /** The entry's own id (RSS guid, Atom id, JSON Feed id), else null. */
  guid: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  /** The fullest body the feed gives (content:encoded, Atom content, content_html), as HTML. */
  content: string | null;
  /** The short description (RSS description when content:encoded exists, Atom summary), as HTML. */
  summary: string | null;
  enclosures: Enclosure[];
}

/** A parsed feed: the domain model every format is adapted to. */
export interface ParsedFeed {
  format: FeedFormat;
  /** e.g. "rss 2.0", "atom 0.3", "json 1.1", when the document says. */
  version: string | null;
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  /** The feed's own URL as it declares it (atom:link rel="self", feed_url). */
  selfUrl: string | null;
  /** RSS `<ttl>`, in minutes. */
  ttlMinutes: number | null;
  entries: FeedEntry[];
  /** Entries dropped past the per-feed cap. */
  truncatedEntries: number;
  /** Set when the document was broken and only part of it could be read. */
  recovered: string | null;
}
