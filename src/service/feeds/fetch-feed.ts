import { STATUS_CODES } from 'node:http';
import { request, type Dispatcher } from 'undici';
import { ReadingsError, type ErrorCode } from '../../domain/errors.js';
import { ACCEPT_ENCODING, decodeContentEncoding } from '../../fetch/content-encoding.js';
import { toFetchError } from '../../fetch/fetch-errors.js';
import { tooLargeMessage } from '../../fetch/format-bytes.js';
import { parseHttpUrl, withoutHash } from '../../fetch/http-url.js';
import { readCapped } from '../../fetch/read-capped.js';
import type { FeedFetchSettings } from './http-client.js';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.3';

/** An HTTP status that is not a success, with what a scheduler needs from it. */
export class HttpStatusError extends ReadingsError {
  constructor(
    code: ErrorCode,
    message: string,
    input: string,
    readonly status: number,
    /** The Retry-After header, raw. */
    readonly retryAfter: string | null,
  ) {
    super(code, message, input);
  }
}

export interface FeedResponse {
  /** The final URL, after redirects. */
  url: string;
  /** Where a 301/308 chain from the start leads: the feed's new address, else null. */
  movedTo: string | null;
  notModified: boolean;
  status: number;
  contentType: string | null;
  headers: Record<string, string>;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

const PERMANENT = new Set([301, 308]);

function flatten(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function statusError(status: number, statusText: string, url: string, retryAfter: string | null): HttpStatusError {
  const line = `HTTP ${status} ${statusText || STATUS_CODES[status] || ''}`.trim();
  if (status === 410) return new HttpStatusError('feed_gone', `${line}: the feed is gone for good; it is disabled`, url, status, retryAfter);
  if (status === 429) return new HttpStatusError('rate_limited', `${line}${retryAfter ? ` (Retry-After: ${retryAfter})` : ''}`, url, status, retryAfter);
  return new HttpStatusError('fetch_http_error', `${line}${retryAfter ? ` (Retry-After: ${retryAfter})` : ''}`, url, status, retryAfter);
}

/**
 * GETs a feed politely over a shared, guarded agent: named User-Agent, conditional
 * headers, compression, timeouts, a cap on the decompressed size, redirects followed
 * one by one (a loop or too many is an error), and a record of whether the chain was
 * permanent (301/308) so the caller can update the stored URL. Non-2xx statuses throw
 * {@link HttpStatusError} with the status and Retry-After.
 */
export async function fetchFeed(url: string, settings: FeedFetchSettings, dispatcher: Dispatcher, headers: ConditionalHeaders = {}): Promise<FeedResponse> {
  let current = parseHttpUrl(url, url);
  const seen = new Set([withoutHash(current)]);
  let hops = 0;
  let permanentSoFar = true;
  let movedTo: string | null = null;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.totalTimeoutMs);
  const sent: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: headers.accept ?? FEED_ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (headers.etag) sent['if-none-match'] = headers.etag;
  if (headers.lastModified) sent['if-modified-since'] = headers.lastModified;
  try {
    for (;;) {
      const response = await request(current.href, { dispatcher, method: 'GET', headers: sent, signal: controller.signal });
      const status = response.statusCode;
      const h = flatten(response.headers);
      if (status >= 300 && status < 400 && status !== 304) {
        await response.body.dump();
        const location = h.location;
        if (!location?.trim()) throw new ReadingsError('fetch_http_error', `HTTP ${status} without a Location header`, url);
        const next = parseHttpUrl(location, url, current);
        if (seen.has(withoutHash(next))) throw new ReadingsError('fetch_too_many_redirects', `redirect loop: ${current.href} redirects back to ${next.href}`, url);
        if (++hops > settings.maxRedirects) throw new ReadingsError('fetch_too_many_redirects', `too many redirects (more than ${settings.maxRedirects}), last to ${next.href}`, url);
        permanentSoFar &&= PERMANENT.has(status);
        if (permanentSoFar) movedTo = next.href;
        seen.add(withoutHash(next));
        current = next;
        continue;
      }
      const base = {
        url: current.href,
        movedTo,
        status,
        contentType: h['content-type'] ?? null,
        headers: h,
        etag: h.etag ?? null,
        lastModified: h['last-modified'] ?? null,
      };
      if (status === 304) {
        await response.body.dump();
        return { ...base, notModified: true, bytes: new Uint8Array(0), etag: base.etag ?? headers.etag ?? null, lastModified: base.lastModified ?? headers.lastModified ?? null };
      }
      if (status < 200 || status >= 300) {
        await response.body.dump();
        throw statusError(status, response.statusText, url, h['retry-after'] ?? null);
      }
      const declared = Number(h['content-length']);
      if (Number.isFinite(declared) && declared > settings.maxBytes && !h['content-encoding']) {
        response.body.on('error', () => {}).destroy();
        throw new ReadingsError('input_too_large', tooLargeMessage('feed (Content-Length)', declared, settings.maxBytes), url);
      }
      const body = decodeContentEncoding(response.body, h['content-encoding'] ?? null, url);
      const bytes = await readCapped(body, settings.maxBytes, { noun: 'feed', input: url });
      return { ...base, notModified: false, bytes };
    }
  } catch (error) {
    if (error instanceof HttpStatusError) throw error;
    throw toFetchError(error, {
      input: url,
      host: current.host,
      totalTimedOut: timedOut,
      connectTimeoutMs: settings.connectTimeoutMs,
      totalTimeoutMs: settings.totalTimeoutMs,
    });
  } finally {
    clearTimeout(timer);
  }
}
