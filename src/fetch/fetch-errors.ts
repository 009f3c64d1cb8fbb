import { ReadingsError } from '../domain/errors.js';

export interface FetchErrorContext {
  /** The URL the user gave: every error names it. */
  input: string;
  /** The host of the hop that failed. */
  host: string;
  /** Whether the total timer fired. */
  totalTimedOut: boolean;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
}

const UNREACHABLE: Record<string, (host: string) => string> = {
  ENOTFOUND: (host) => `could not resolve host ${host}`,
  EAI_AGAIN: (host) => `could not resolve host ${host} (DNS lookup failed, try again later)`,
  ECONNREFUSED: (host) => `connection to ${host} refused`,
  ECONNRESET: (host) => `connection to ${host} was reset`,
  EHOSTUNREACH: (host) => `host ${host} is unreachable`,
  ENETUNREACH: (host) => `network unreachable for ${host}`,
  EPIPE: (host) => `connection to ${host} was closed`,
  UND_ERR_SOCKET: (host) => `connection to ${host} was closed before the response was complete`,
  UND_ERR_CLOSED: (host) => `connection to ${host} was closed`,
};

const seconds = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/** The errors an Error wraps, outermost first (undici and Node nest them in `cause`). */
function causeChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = err;
  while (current !== undefined && current !== null && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

function codeOf(err: unknown): string | null {
  if (typeof err !== 'object' || err === null || !('code' in err)) return null;
  const { code } = err as { code: unknown };
  return typeof code === 'string' ? code : null;
}

/**
 * Maps whatever a fetch threw (undici, net, dns, tls, zlib, our own guards) to one
 * ReadingsError naming the URL the user gave.
 */
export function toFetchError(err: unknown, context: FetchErrorContext): ReadingsError {
  const { input, host } = context;
  const chain = causeChain(err);
  const own = chain.find((e): e is ReadingsError => e instanceof ReadingsError);
  if (own) return new ReadingsError(own.code, own.message, input);
  if (context.totalTimedOut) {
    return new ReadingsError('fetch_timeout', `no complete response from ${host} within ${seconds(context.totalTimeoutMs)} (total timeout)`, input);
  }
  for (const e of chain) {
    const code = codeOf(e);
    if (code === null) continue;
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
      return new ReadingsError('fetch_timeout', `could not connect to ${host} within ${seconds(context.connectTimeoutMs)} (connect timeout)`, input);
    }
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return new ReadingsError('fetch_timeout', `${host} stopped responding (${code === 'UND_ERR_HEADERS_TIMEOUT' ? 'headers' : 'body'} timeout)`, input);
    }
    const unreachable = UNREACHABLE[code];
    if (unreachable) return new ReadingsError('fetch_unreachable', unreachable(host), input);
    // zlib (Z_DATA_ERROR, Z_BUF_ERROR…) and brotli (ERR__ERROR_FORMAT_…) decoding errors
    if (code.startsWith('Z_') || code.startsWith('ERR__ERROR')) {
      return new ReadingsError('malformed_input', `could not decompress the response body: ${(e as Error).message}`, input);
    }
    if (code.includes('CERT') || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL')) {
      return new ReadingsError('fetch_unreachable', `TLS error talking to ${host}: ${(e as Error).message}`, input);
    }
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ReadingsError('fetch_unreachable', `could not fetch from ${host}: ${message}`, input);
}
