import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { CSRF_COOKIE, readCookie, setAppCookie } from './cookies.js';
import { hmac, randomSecret, safeEqual } from './secrets.js';

/** The form field and the header that carry the token. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

/** `<input type="hidden" name="_csrf" value="…">` for a form (the token is base64url: nothing to escape). */
export function csrfField(token: string): string {
  return `<input type="hidden" name="${CSRF_FIELD}" value="${token.replace(/[^A-Za-z0-9_-]/g, '')}">`;
}

/** Requests no cross-site page can forge: bearer-token API calls, and JSON bodies (they need a CORS preflight, which this server never grants). */
function exempt(c: Context): boolean {
  if (/^Bearer\s/i.test(c.req.header('authorization') ?? '')) return true;
  return /^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '');
}

async function submittedToken(c: Context): Promise<string> {
  const header = c.req.header(CSRF_HEADER);
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return '';
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const value = body[CSRF_FIELD];
  return typeof value === 'string' ? value : '';
}

/**
 * Signed double-submit CSRF protection: a random value in an HttpOnly cookie,
 * and a token that is its HMAC under a server key. Forms send the token;
 * a request whose token does not match its cookie is refused with 403. A
 * forged cookie is useless without the key. (No `Origin` check: behind a
 * proxy that rewrites Host it would refuse honest forms.)
 */
export function csrfProtection(key: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A bearer-token client has no cookies to protect, and gets none.
    if (/^Bearer\s/i.test(c.req.header('authorization') ?? '')) {
      c.set('csrfToken', '');
      return next();
    }
    let value = readCookie(c, CSRF_COOKIE);
    if (!value || !COOKIE_VALUE.test(value)) {
      value = randomSecret(32);
      setAppCookie(c, CSRF_COOKIE, value, 365 * 86_400);
    }
    const token = hmac(key, value);
    c.set('csrfToken', token);
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (exempt(c)) return next();
    if (!safeEqual(await submittedToken(c), token)) return refuse(c, 'the form has expired or did not come from this site: reload the page and try again');
    return next();
  };
}

function refuse(c: Context, message: string): Response {
  if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'csrf_failed', message } }, 403);
  return c.text(`Forbidden: ${message}`, 403);
}
