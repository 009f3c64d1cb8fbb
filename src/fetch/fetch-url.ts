import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import { ReadingsError } from '../domain/errors.js';
import { ACCEPT_ENCODING, decodeContentEncoding } from './content-encoding.js';
import { toFetchError } from './fetch-errors.js';
import { tooLargeMessage } from './format-bytes.js';
import { createGuardedConnector, type Resolver } from './guarded-connector.js';
import { parseHttpUrl, withoutHash } from './http-url.js';
import { readCapped } from './read-capped.js';
import { DEFAULT_FETCH_USER_AGENT } from './user-agent.js';

export { DEFAULT_FETCH_USER_AGENT };

export interface FetchOptions {
  /** Allow loopback/private/link-local/… addresses (tests pass true to reach 127.0.0.1). */
  allowPrivate: boolean;
  /** Default 10 000. Covers DNS lookup, TCP and TLS handshakes. */
  connectTimeoutMs?: number;
  /** Default 30 000: the whole request, every redirect hop and the body included. */
  totalTimeoutMs?: number;
  /** Default 10 MiB, of the decoded (decompressed) body. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Conditional GET: a 304 answer gives `notModified: true` and no bytes. */
  etag?: string | null;
  lastModified?: string | null;
  /** Default asks for HTML, then text, then anything. */
  accept?: string;
}

export interface FetchResult {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  /** Response headers, names lower-cased, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The decoded (decompressed) body; empty when `notModified`. */
  bytes: Uint8Array;
  /** The response's validators; on a 304 without them, the ones that were sent. */
  etag: string | null;
  lastModified: string | null;
  /** Every URL that answered with a redirect, in order: `[...redirects, url]` is the chain. */
  redirects: string[];
}

/** What fetchUrl reaches for, passed in so tests can stand in for DNS. */
export interface FetchDeps {
  resolve?: Resolver;
}

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Settings = Required<Omit<FetchOptions, 'etag' | 'lastModified'>> & Pick<FetchOptions, 'etag' | 'lastModified'>;

function withDefaults(options: FetchOptions): Settings {
  return {
    connectTimeoutMs: 10_000,
    totalTimeoutMs: 30_000,
    maxBytes: 10 * 1024 * 1024,
    maxRedirects: 5,
    userAgent: DEFAULT_FETCH_USER_AGENT,
    accept: DEFAULT_ACCEPT,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as Settings;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function requestHeaders(settings: Settings): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: settings.accept,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (settings.etag) headers['if-none-match'] = settings.etag;
  if (settings.lastModified) headers['if-modified-since'] = settings.lastModified;
  return headers;
}

const statusLine = (status: number, text: string): string => `HTTP ${status} ${text || STATUS_CODES[status] || ''}`.trim();

/**
 * Fetches one http(s) URL politely: an identifying User-Agent, timeouts, a size cap,
 * conditional GET, redirects followed one by one, and, unless `allowPrivate`, an SSRF
 * guard on the address every connection actually goes to. Throws a ReadingsError
 * naming `url` for every failure.
 */
export async function fetchUrl(url: string, options: FetchOptions, deps: FetchDeps = {}): Promise<FetchResult> {
  const settings = withDefaults(options);
  let current = parseHttpUrl(url, url);
  const controller = new AbortController();
  let totalTimedOut = false;
  const timer = setTimeout(() => {
    totalTimedOut = true;
    controller.abort();
  }, settings.totalTimeoutMs);
  const agent = new Agent({
    connect: createGuardedConnector({ allowPrivate: settings.allowPrivate, connectTimeoutMs: settings.connectTimeoutMs, resolve: deps.resolve }),
    headersTimeout: settings.totalTimeoutMs,
    bodyTimeout: settings.totalTimeoutMs,
  });
  const redirects: string[] = [];
  const seen = new Set([withoutHash(current)]);
  try {
    for (;;) {
      const response = await request(current.href, {
        dispatcher: agent,
        method: 'GET',
        headers: requestHeaders(settings),
        signal: controller.signal,
      });
      const { statusCode: status } = response;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && (REDIRECT_STATUSES.has(status) || location !== undefined)) {
        await response.body.dump();
        if (typeof location !== 'string' || location.trim() === '') {
          throw new ReadingsError('fetch_http_error', `${statusLine(status, response.statusText)} without a Location header`, url);
        }
        const next = parseHttpUrl(location, url, current);
        if (seen.has(withoutHash(next))) {
          throw new ReadingsError('fetch_too_many_redirects', `redirect loop: ${current.href} redirects back to ${next.href}`, url);
        }
        if (redirects.length >= settings.maxRedirects) {
          throw new ReadingsError('fetch_too_many_redirects', `too many redirects (more than ${settings.maxRedirects}), last to ${next.href}`, url);
        }
        redirects.push(current.href);
        seen.add(withoutHash(next));
        current = next;
        continue;
      }
      return await readResponse(response, { url, current, redirects, settings });
    }
  } catch (err) {
    throw toFetchError(err, {
      input: url,
      host: current.host,
      totalTimedOut,
      connectTimeoutMs: settings.connectTimeoutMs,
      totalTimeoutMs: settings.totalTimeoutMs,
    });
  } finally {
    clearTimeout(timer);
    await agent.destroy().catch(() => {});
  }
}

interface ResponseContext {
  url: string;
  current: URL;
  redirects: string[];
  settings: Settings;
}

async function readResponse(response: Dispatcher.ResponseData, { url, current, redirects, settings }: ResponseContext): Promise<FetchResult> {
  const status = response.statusCode;
  const headers = flattenHeaders(response.headers);
  const conditional = Boolean(settings.etag || settings.lastModified);
  const result = {
    url: current.href,
    status,
    contentType: headers['content-type'] ?? null,
    headers,
    etag: headers.etag ?? null,
    lastModified: headers['last-modified'] ?? null,
    redirects,
  };
  if (status === 304) {
    await response.body.dump();
    if (!conditional) throw new ReadingsError('fetch_http_error', 'HTTP 304 Not Modified to a request that was not conditional', url);
    return {
      ...result,
      notModified: true,
      bytes: new Uint8Array(0),
      etag: result.etag ?? settings.etag ?? null,
      lastModified: result.lastModified ?? settings.lastModified ?? null,
    };
  }
  if (status >= 300) {
    await response.body.dump();
    throw new ReadingsError('fetch_http_error', statusLine(status, response.statusText), url);
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > settings.maxBytes) {
    response.body.on('error', () => {}).destroy(); // undici emits an AbortError on destroy
    throw new ReadingsError('input_too_large', tooLargeMessage('response (Content-Length)', declared, settings.maxBytes), url);
  }
  const body = decodeContentEncoding(response.body, headers['content-encoding'] ?? null, url);
  const bytes = await readCapped(body, settings.maxBytes, { noun: 'response body', input: url });
  return { ...result, notModified: false, bytes };
}
