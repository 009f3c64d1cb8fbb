import type { Original, Reading, ReadingSummary } from '../domain/types.js';

type ListOmitted = 'contentHash' | 'format' | 'extractionStatus' | 'extractionError' | 'extractionErrorCode';

/** A reading as list and search results show it: everything but the body. */
export type ReadingListView = Omit<ReadingSummary, ListOmitted> & {
  extraction: { status: Reading['extractionStatus']; code: string | null; error: string | null };
};

/** A reading in full, with the verbatim input described (its bytes are exported, not shown). */
export interface ReadingFullView extends ReadingListView {
  contentHash: string;
  format: Reading['format'];
  paragraphs: string[];
  text: string;
  html: string | null;
  original: { label: string; contentType: string | null; bytes: number } | null;
}

/** Takes a summary or a full reading (an add's outcome): the body is left out either way. */
export function toListView(r: ReadingSummary | Reading): ReadingListView {
  const { text: _text, html: _html, contentHash: _hash, format: _format, extractionStatus, extractionError, extractionErrorCode, ...rest } = r as Reading;
  return { ...rest, extraction: { status: extractionStatus, code: extractionErrorCode, error: extractionError } };
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
