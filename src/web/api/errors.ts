import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { ErrorCode } from '../../domain/errors.js';
import { asReadingsError } from '../../store/busy.js';

/** The service's stable codes, and the API's own. */
export type ApiErrorCode = ErrorCode | 'unauthorized' | 'forbidden' | 'csrf_failed' | 'invalid_credentials' | 'payload_too_large' | 'internal';

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

/** One HTTP status per service code: the caller's mistake 4xx, the remote site's 502/504. */
const STATUS: Partial<Record<ApiErrorCode, ContentfulStatusCode>> = {
  not_found: 404,
  invalid_argument: 400,
  malformed_input: 400,
  invalid_url: 400,
  unsupported_scheme: 400,
  empty_input: 422,
  binary_input: 422,
  invalid_encoding: 422,
  no_article: 422,
  extraction_failed: 422,
  private_address: 422,
  no_feed: 422,
  malformed_feed: 422,
  too_many_entries: 422,
  feed_gone: 502,
  input_too_large: 413,
  payload_too_large: 413,
  duplicate: 409,
  rate_limited: 429,
  fetch_timeout: 504,
  fetch_http_error: 502,
  fetch_unreachable: 502,
  fetch_too_many_redirects: 502,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  library_busy: 503,
};

export const statusOf = (code: ApiErrorCode): ContentfulStatusCode => STATUS[code] ?? 500;

/** What a client is told to wait when the library is busy with another process's write. */
const BUSY_RETRY_SECONDS = 5;

/** Tells the client when to try again a request refused while the library was busy. */
export function retryLater(c: Context): void {
  c.header('Retry-After', String(BUSY_RETRY_SECONDS));
}

export function apiError(c: Context, code: ApiErrorCode, message: string): Response {
  if (code === 'library_busy') retryLater(c);
  return c.json({ error: { code, message } } satisfies ApiErrorBody, statusOf(code));
}

/** "limit: Too big: expected number to be <=1000; q: …" */
export function zodMessage(error: ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`).join('; ');
}

/** Any error thrown in an API route, as `{error: {code, message}}`; a bug is a 500 without its details. */
export function toApiError(c: Context, error: unknown): Response {
  const known = asReadingsError(error);
  if (known) return apiError(c, known.code, known.input && known.code !== 'not_found' ? `${known.input}: ${known.message}` : known.message);
  if (error instanceof ZodError) return apiError(c, 'invalid_argument', zodMessage(error));
  if (error instanceof HTTPException) {
    if (error.status === 413) return apiError(c, 'payload_too_large', 'the request body is too large');
    if (error.status === 401) return apiError(c, 'unauthorized', error.message || 'unauthorized');
    if (error.status < 500) return apiError(c, 'invalid_argument', error.message || 'bad request');
  }
  console.error(JSON.stringify({ level: 'error', msg: 'api_error', path: c.req.path, error: error instanceof Error ? error.stack : String(error) }));
  return apiError(c, 'internal', 'internal error');
}
