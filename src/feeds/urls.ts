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

const URL_ATTRIBUTE = /(\s(?:href|src|poster)\s*=\s*)(["'])([^"']*)\2/gi;

/** Makes the href/src/poster attributes of an HTML fragment absolute against `base`. */
export function absolutizeHtml(html: string, base: string | null): string {
  if (!base) return html;
  return html.replace(URL_ATTRIBUTE, (whole, prefix: string, quote: string, value: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value.trim())) return whole;
    try {
      return `${prefix}${quote}${new URL(value.trim(), base).href}${quote}`;
    } catch {
      return whole;
    }
  });
}
