/** The kinds of input Readings accepts, after sniffing. */
export type InputFormat = 'html' | 'text';

/**
 * An input as the user gave it: the verbatim bytes, and what we know about
 * where they came from. Nothing here is derived from the content.
 */
export interface RawInput {
  bytes: Uint8Array;
  /** Content-Type header or a type guessed from the file name; null when unknown. */
  contentType: string | null;
  /** Where the bytes came from: the final URL after redirects, when fetched. */
  url: string | null;
  /** A file path, `-` for stdin, or the URL: used to name the input in messages. */
  label: string;
  /**
   * The page a MIME message carries (a web archive's HTML, an email's body),
   * decoded at the I/O edge (fetch/mime-input.ts): extraction reads it;
   * `bytes` stay the message.
   */
  page?: { bytes: Uint8Array; contentType: string; details?: PageDetails };
}

/** What a message says of the page it carries (an email's subject, sender and date): over what extraction finds. */
export interface PageDetails {
  title: string | null;
  outlet: string | null;
  /** ISO 8601. */
  published: string | null;
}

/** Hints the user gave alongside an input (JSONL fields, CLI flags). */
export interface InputHints {
  title?: string | null;
  /** The title when the input itself names none (a reading list's stored title for the page it links). */
  titleFallback?: string | null;
  /** The outlet, over the one the input names (a pasted text, a headline from a list). */
  outlet?: string | null;
  /** The outlet when neither `outlet` nor the input names one (a feed's name, for its entries). */
  outletFallback?: string | null;
  published?: string | null;
  category?: string | null;
  url?: string | null;
  ref?: string | null;
  /** Already read elsewhere (an archived item of a read-it-later export): stored with a read count of 1. */
  read?: boolean;
}

/** What extraction yields for one article. Pure data, no I/O. */
export interface ExtractedArticle {
  format: InputFormat;
  title: string | null;
  /** The outlet / site name, e.g. "Press TV". */
  outlet: string | null;
  /** ISO 8601: a date `YYYY-MM-DD` when only the day is known, else a full UTC timestamp. */
  published: string | null;
  byline: string | null;
  /** BCP 47 primary language subtag, e.g. "en", when known. */
  language: string | null;
  /** Canonical URL without tracking parameters, when the input names one. */
  url: string | null;
  /** A category the input itself declares (e.g. a reading-app footer's "Category ID"). */
  category: string | null;
  /** The clean body, one entry per paragraph, each trimmed and non-empty. */
  paragraphs: string[];
  /** Sanitized article HTML (allowlist), only for HTML inputs. */
  html: string | null;
}

export type ExtractionStatus = 'ok' | 'failed';

/** A stored reading: mirrors seed 003's footer (Statistics + Details). */
export interface Reading {
  id: string;
  ref: string | null;
  category: string;
  url: string | null;
  title: string;
  outlet: string | null;
  byline: string | null;
  language: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  lastReadAt: string | null;
  readCount: number;
  wordCount: number;
  readingMinutes: number;
  contentHash: string;
  text: string;
  html: string | null;
  format: InputFormat | null;
  extractionStatus: ExtractionStatus;
  extractionError: string | null;
  extractionErrorCode: string | null;
}

/** A reading without its body (text and HTML): what lists and search results show. */
export type ReadingSummary = Omit<Reading, 'text' | 'html'>;

/** The verbatim input of a reading. */
export interface Original {
  readingId: string;
  bytes: Uint8Array;
  contentType: string | null;
  label: string;
  /** The bytes as the library keeps them, when a worker already packed them (see store/original-packing.ts). */
  packed?: { data: Uint8Array; encoding: 'br' | null };
}
