import { ReadingsError } from '../domain/errors.js';

/**
 * Parses an http(s) URL, relative to `base` when given (a redirect's Location).
 * Throws `invalid_url` or `unsupported_scheme`, naming `input` (the URL the user gave).
 */
export function parseHttpUrl(raw: string, input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    const hint = !base && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(raw.trim()) ? ` (did you mean https://${raw.trim()}?)` : '';
    const what = base ? `redirect to an invalid URL "${raw}"` : `not a valid URL${hint}`;
    throw new ReadingsError('invalid_url', what, input);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const what = base ? `redirect to ${url.protocol} URL ${url.href}` : `${url.protocol} URL`;
    throw new ReadingsError('unsupported_scheme', `only http and https URLs can be fetched, not a ${what}`, input);
  }
  if (url.hostname === '') throw new ReadingsError('invalid_url', 'URL has no host', input);
  return url;
}

/** The URL without its fragment: what a redirect loop is detected on. */
export function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}
