import type { StorySummary } from './types.js';

/** A story summary as one plain text: its headline, then its sentences. */
export function summaryText(summary: StorySummary, headline = true): string {
  const parts = [...(headline && summary.headline ? [summary.headline.text] : []), ...summary.sentences.map((s) => s.text)];
  return parts.join(' ');
}
