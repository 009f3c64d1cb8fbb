import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';
import { apiError, zodMessage } from './errors.js';
import { ErrorSchema } from './schemas.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'invalid parameters or body (code invalid_argument, or the input’s own code)',
  401: 'no token, or a bad or revoked one (code unauthorized)',
  403: 'not allowed (code forbidden)',
  404: 'no such reading, story, feed or token in your library (code not_found)',
  409: 'already exists (code duplicate)',
  413: 'input too large (code input_too_large)',
  422: 'the input cannot be stored: private_address, no_article, empty_input, binary_input, no_feed, malformed_feed…',
  502: 'the site could not be fetched (fetch_http_error, fetch_unreachable, fetch_too_many_redirects)',
  504: 'the site did not answer in time (fetch_timeout)',
};

/** OpenAPI responses for these error statuses, all `{error: {code, message}}`. */
export function errorResponses(...statuses: number[]): Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }> {
  return Object.fromEntries(statuses.map((s) => [s, { description: ERROR_TEXT[s] ?? 'error', content: { 'application/json': { schema: ErrorSchema } } }]));
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** A router whose validation failures are `400 {error: {code: invalid_argument, message}}`. */
export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return apiError(c, 'invalid_argument', zodMessage(result.error));
    },
  });
}

export const security = [{ bearer: [] as string[] }];
