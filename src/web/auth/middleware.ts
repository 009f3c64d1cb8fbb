import type { Context, MiddlewareHandler } from 'hono';
import type { UserRecord } from '../../store/accounts/users.js';
import type { AppEnv, AuthUser } from '../context.js';
import { nowOf } from '../context.js';
import { userOfToken } from './api-tokens.js';
import { sessionUser } from './sessions.js';
import { libraryPathOf } from './users.js';

/** Paths served to anyone: sign-in, first-run setup, static assets, the API description. */
export function isPublicPath(path: string): boolean {
  return path === '/login' || path === '/logout' || path.startsWith('/setup/') || path.startsWith('/static/') || path === '/favicon.ico' || path === '/healthz' || path === '/api/v1/openapi.json';
}

const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

function unauthorized(c: Context, message: string): Response {
  c.header('www-authenticate', 'Bearer realm="readings"');
  return c.json({ error: { code: 'unauthorized', message } }, 401);
}

/**
 * Who is asking: the API takes `Authorization: Bearer <token>` (a bad or
 * revoked token is a 401, never a fallback to the cookie) or the session
 * cookie; pages take the session cookie. A signed-in request gets its user
 * and its own library (`c.var.user`, `c.var.storage`); another user's
 * readings are simply not in it. Anonymous requests to non-public paths end
 * here: 401 for the API, a redirect to the sign-in page otherwise.
 */
export function authentication(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { accounts, libraries, config } = c.var.deps;
    const now = nowOf(c.var.deps);
    const path = c.req.path;
    const api = isApiPath(path);
    const header = c.req.header('authorization');
    let user: UserRecord | null;
    let via: AuthUser['via'];
    if (api && header !== undefined) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
      user = bearer ? userOfToken(accounts, bearer[1]!, now) : null;
      via = 'token';
      if (!user && !isPublicPath(path)) return unauthorized(c, bearer ? 'invalid or revoked token' : 'expected Authorization: Bearer <token>');
    } else {
      user = sessionUser(c, accounts, now);
      via = 'session';
    }
    if (!user) {
      if (isPublicPath(path)) return next();
      if (api) return unauthorized(c, 'sign in, or send Authorization: Bearer <token>');
      const target = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(target.pathname + target.search)}`, 303);
    }
    c.set('user', { id: user.id, username: user.username, role: user.role, via });
    if (isPublicPath(path)) return next();
    const lease = libraries.acquire(libraryPathOf(config.db, user));
    c.set('library', lease);
    c.set('storage', lease.storage);
    try {
      await next();
    } finally {
      lease.release();
    }
  };
}

/** Admin-only routes. */
export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.var.user?.role !== 'admin') return c.json({ error: { code: 'forbidden', message: 'only an admin can do this' } }, 403);
    return next();
  };
}
