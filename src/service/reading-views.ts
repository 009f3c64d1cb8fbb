import type { Original, Reading } from '../domain/types.js';

/** A reading as list and search results show it: everything but the body. */
export interface ReadingListView {
  id: string;
  ref: string | null;
  title: string;
  outlet: string | null;
  category: string;
  url: string | null;
  byline: string | null;
  language: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  lastReadAt: string | null;
  readCount: number;
  wordCount: number;
  readingMinutes: number;
  extraction: { status: Reading['extractionStatus']; code: string | null; error: string | null };
}

/** A reading in full, with the verbatim input described (its bytes are exported, not shown). */
export interface ReadingFullView extends ReadingListView {
  contentHash: string;
  format: Reading['format'];
  paragraphs: string[];
  text: string;
  html: string | null;
  original: { label: string; contentType: string | null; bytes: number } | null;
}

export function toListView(r: Reading): ReadingListView {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    outlet: r.outlet,
    category: r.category,
    url: r.url,
    byline: r.byline,
    language: r.language,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    lastReadAt: r.lastReadAt,
    readCount: r.readCount,
    wordCount: r.wordCount,
    readingMinutes: r.readingMinutes,
    extraction: { status: r.extractionStatus, code: r.extractionErrorCode, error: r.extractionError },
  };
}

export function toFullView(r: Reading, original: Original | null): ReadingFullView {
  return {
    ...toListView(r),
    contentHash: r.contentHash,
    format: r.format,
    paragraphs: r.text ? r.text.split('\n\n') : [],
    text: r.text,
    html: r.html,
    original: original ? { label: original.label, contentType: original.contentType, bytes: original.bytes.byteLength } : null,
  };
}
