import { lazyModule } from '../../lexicon/lazy-module.js';

const readability = lazyModule<typeof import('@mozilla/readability')>('@mozilla/readability');

/** What Readability found: the article container (a detached element), and its byline guess. */
export interface ReadabilityResult {
  content: Element;
  byline: string | null;
  title: string | null;
}

/**
 * Mozilla Readability over an already-parsed document (it mutates it). The
 * article stays a DOM element (no serializing), classes are kept for our own
 * cleaning pass, and JSON-LD is skipped because we read it before.
 */
export function runReadability(document: Document): ReadabilityResult | null {
  const reader = new (readability().Readability)<Element>(document, {
    serializer: (node) => node as Element,
    keepClasses: true,
    disableJSONLD: true,
  });
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  return { content: parsed.content, byline: parsed.byline?.trim() || null, title: parsed.title?.trim() || null };
}
