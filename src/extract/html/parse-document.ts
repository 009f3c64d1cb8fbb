import { lazyModule } from '../../lexicon/lazy-module.js';

const linkedom = lazyModule<typeof import('linkedom')>('linkedom');

/**
 * Parse HTML into a linkedom document. linkedom builds a broken tree when the
 * markup has no <html> element (a saved fragment, a bare <body>), so such
 * input is wrapped first. Null when there is no markup at all.
 */
export function parseDocument(html: string): Document | null {
  if (!html.trim()) return null;
  let source = html;
  if (!/<html[\s>]/i.test(source)) {
    source = /<body[\s>]/i.test(source) ? `<html>${source}</html>` : `<html><head></head><body>${source}</body></html>`;
  }
  const { document } = linkedom().parseHTML(source);
  const doc = document as unknown as Document;
  return doc.documentElement && doc.body ? doc : null;
}
