/** Resolves a URL against a base; null when it is not an http(s) URL after resolving. */
export function absoluteUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A base URL: `xml:base` values nest, each resolved against the one around it. */
export function nestBase(base: string | null, xmlBase: string | null | undefined): string | null {
  if (!xmlBase) return base;
  try {
    return base ? new URL(xmlBase.trim(), base).href : new URL(xmlBase.trim()).href;
  } catch {
    return base;
  }
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** The quoted value of a `href`/`src`/`poster` attribute whose `=` is at `eq`, else null. */
function urlAttributeAt(html: string, eq: number): { start: number; end: number } | null {
  let nameEnd = eq;
  while (nameEnd > 0 && isSpace(html.charCodeAt(nameEnd - 1))) nameEnd--;
  let nameStart = nameEnd;
  while (nameStart > 0 && isLetter(html.charCodeAt(nameStart - 1))) nameStart--;
  const length = nameEnd - nameStart;
  if (length < 3 || length > 6 || nameStart === 0 || !isSpace(html.charCodeAt(nameStart - 1))) return null;
  if (!URL_ATTRIBUTES.has(html.slice(nameStart, nameEnd).toLowerCase())) return null;
  let open = eq + 1;
  while (open < html.length && isSpace(html.charCodeAt(open))) open++;
  const quote = html[open];
  if (quote !== '"' && quote !== "'") return null;
  const close = html.indexOf(quote, open + 1);
  return close < 0 ? null : { start: open + 1, end: close };
}

/**
 * Makes the href/src/poster attributes of an HTML fragment absolute against `base`.
 * Walks the `=` signs rather than running a regular expression over every
 * character: feed contents are megabytes of mostly text, and this runs on each.
 */
export function absolutizeHtml(html: string, base: string | null): string {
  if (!base) return html;
  const parts: string[] = [];
  let copied = 0;
  for (let eq = html.indexOf('='); eq >= 0; eq = html.indexOf('=', eq + 1)) {
    const at = urlAttributeAt(html, eq);
    if (!at) continue;
    const value = html.slice(at.start, at.end).trim();
    if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value)) continue;
    let absolute: string;
    try {
      absolute = new URL(value, base).href;
    } catch {
      continue;
    }
    parts.push(html.slice(copied, at.start), absolute);
    copied = at.end;
    eq = at.end;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
