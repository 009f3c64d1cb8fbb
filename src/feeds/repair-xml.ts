/**
 * Fixes, before parsing, the XML problems that real feeds have and that must
 * never reach a parser: a document type declaration (its internal subset can
 * declare entity bombs or external entities: it is dropped whole, so no entity
 * is ever expanded and no file or URL is ever read), and junk before the root.
 */
export function prepareXml(text: string): string {
  let out = text.replace(/^\uFEFF/, '');
  // Whitespace or stray text before the XML declaration or the root element.
  const start = out.search(/<(\?xml|[A-Za-z!])/);
  if (start > 0) out = out.slice(start);
  if (/<!DOCTYPE/i.test(out.slice(0, 4096))) out = stripDoctype(out);
  return out;
}

/** Removes `<!DOCTYPE …>` including an internal subset `[ … ]`. */
export function stripDoctype(text: string): string {
  const at = text.search(/<!DOCTYPE/i);
  if (at < 0) return text;
  let i = at + 9;
  let depth = 0;
  let quote: string | null = null;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) break;
  }
  return text.slice(0, at) + text.slice(i + 1);
}

const ROOT_CLOSERS: [RegExp, string][] = [
  [/<rss[\s>]/i, '</channel></rss>'],
  [/<rdf:RDF[\s>]/i, '</rdf:RDF>'],
  [/<feed[\s>]/i, '</feed>'],
];

/**
 * A truncated or broken document cut back to its last complete entry and closed,
 * so that what arrived intact is still read. Null when there is nothing to save.
 */
export function truncateToLastEntry(text: string): string | null {
  const lastItem = Math.max(text.lastIndexOf('</item>'), text.lastIndexOf('</entry>'));
  if (lastItem < 0) return null;
  const end = text.indexOf('>', lastItem) + 1;
  const head = text.slice(0, end);
  for (const [root, closer] of ROOT_CLOSERS) {
    if (!root.test(head)) continue;
    // RSS 1.0 (RDF) items sit after the channel; RSS 2.0 items inside it.
    const close = closer === '</channel></rss>' && !/<channel[\s>]/i.test(head) ? '</rss>' : closer;
    return head + close;
  }
  return null;
}
