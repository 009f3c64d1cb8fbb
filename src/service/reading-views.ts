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

export function toListView(r: ReadingSummary): ReadingListView {
  const { contentHash: _hash, format: _format, extractionStatus, extractionError, extractionErrorCode, ...rest } = r as ReadingSummary & Partial<Pick<Reading, 'text' | 'html'>>;
  delete rest.text;
  delete rest.html;
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
