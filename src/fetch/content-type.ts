/**
 * The media type of a Content-Type header, lower-cased, without parameters.
 *
 * @example mediaType('Text/HTML; charset=UTF-8') // "text/html"
 */
export function mediaType(contentType: string | null): string | null {
  if (!contentType) return null;
  const type = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === '' ? null : type;
}

/**
 * The `charset` parameter of a Content-Type header, unquoted; null when absent or empty.
 *
 * @example charsetParam('text/html; charset="windows-1251"') // "windows-1251"
 */
export function charsetParam(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value === '' ? null : value;
}

/** Whether a Content-Type names an HTML document. */
export function isHtmlType(contentType: string | null): boolean {
  const type = mediaType(contentType);
  return type === 'text/html' || type === 'application/xhtml+xml';
}

const EXTENSION_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
  '.md': 'text/plain',
  '.mht': 'multipart/related',
  '.mhtml': 'multipart/related',
  '.eml': 'message/rfc822',
};

/** A Content-Type guessed from a file name's extension; null when the extension says nothing. */
export function contentTypeForPath(path: string): string | null {
  const match = /\.[^./\\]+$/.exec(path);
  return match ? (EXTENSION_TYPES[match[0].toLowerCase()] ?? null) : null;
}
