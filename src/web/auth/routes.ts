import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { ZodError } from 'zod';
import { isReadingsError } from '../../domain/errors.js';
import type { AppEnv } from '../context.js';
import { nowOf } from '../context.js';
import { loginPage, setupPage } from './auth-pages.js';
import { CSRF_COOKIE, setAppCookie } from './cookies.js';
import { setupAllowed } from './first-run.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import { clearLoginFailures, loginBlockedFor, loginKeys, recordLoginFailure } from './rate-limit.js';
import { randomSecret } from './secrets.js';
import { endSession, startSession } from './sessions.js';
import { createUser, toPublicUser } from './users.js';

type Ctx = Context<AppEnv>;

/** Where to go after signing in: a path on this site only (never `//host` or a full URL). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : '/';
}

/** The client's address, for rate limiting (the socket's, not a header anyone could set). */
function clientAddress(c: Ctx): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const wantsJson = (c: Ctx): boolean => /^application\/json/i.test(c.req.header('content-type') ?? '');

async function credentials(c: Ctx): Promise<{ username: string; password: string; next: string }> {
  const body: Record<string, unknown> = wantsJson(c) ? await c.req.json<Record<string, unknown>>().catch(() => ({})) : await c.req.parseBody();
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return { username: text(body.username).trim(), password: text(body.password), next: safeNext(body.next) };
}

function loginFailed(c: Ctx, code: 'invalid_credentials' | 'rate_limited' | 'invalid_argument', next: string, retryAfter = 0): Response {
  if (retryAfter) c.header('retry-after', String(retryAfter));
  if (wantsJson(c)) {
    const message = code === 'rate_limited' ? `too many failed sign-ins: try again in ${retryAfter} s` : code === 'invalid_argument' ? 'username and password are required' : 'wrong user name or password';
    return c.json({ error: { code, message } }, code === 'rate_limited' ? 429 : code === 'invalid_argument' ? 400 : 401);
  }
  const query = new URLSearchParams({ error: code });
  if (next !== '/') query.set('next', next);
  return c.redirect(`/login?${query}`, 303);
}

async function login(c: Ctx): Promise<Response> {
  const { accounts } = c.var.deps;
  const now = nowOf(c.var.deps);
  const { username, password, next } = await credentials(c);
  if (!username || !password) return loginFailed(c, 'invalid_argument', next);
  const keys = loginKeys(username, clientAddress(c));
  const wait = loginBlockedFor(accounts, keys, now);
  if (wait > 0) return loginFailed(c, 'rate_limited', next, wait);
  const user = accounts.users.byUsername(username);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    recordLoginFailure(accounts, keys, now);
    return loginFailed(c, 'invalid_credentials', next);
  }
  clearLoginFailures(accounts, keys);
  startSession(c, accounts, user.id, now);
  // A fresh CSRF value too: nothing set before sign-in carries over.
  setAppCookie(c, CSRF_COOKIE, randomSecret(32), 365 * 86_400);
  if (wantsJson(c)) return c.json({ user: toPublicUser(user) });
  return c.redirect(next, 303);
}

async function setup(c: Ctx): Promise<Response> {
  const { accounts } = c.var.deps;
  const now = nowOf(c.var.deps);
  const token = c.req.param('token') ?? '';
  if (!setupAllowed(accounts, token, now)) return c.text('This setup link is used or expired.', 404);
  const { username, password } = await credentials(c);
  try {
    const user = await createUser(accounts, { username, password, role: 'admin' }, now);
    accounts.setupLinks.clear();
    startSession(c, accounts, user.id, now);
    return c.redirect('/', 303);
  } catch (error) {
    const message = error instanceof ZodError ? error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')
      : isReadingsError(error) ? error.message : 'could not create the account';
    return c.html(setupPage(c.var.csrfToken, `/setup/${token}`, message), 400);
  }
}

/** Sign-in, sign-out, first-run setup: the POST side, and plain GET forms. */
export function registerAuthRoutes(app: Hono<AppEnv>): void {
  app.post('/login', login);
  app.post('/logout', (c) => {
    endSession(c, c.var.deps.accounts);
    return c.redirect('/login', 303);
  });
  app.get('/setup/:token', (c) => {
    if (!setupAllowed(c.var.deps.accounts, c.req.param('token'), c.var.deps.now?.())) return c.text('This setup link is used or expired.', 404);
    c.header('cache-control', 'no-store');
    return c.html(setupPage(c.var.csrfToken, `/setup/${c.req.param('token')}`, null));
  });
  app.post('/setup/:token', setup);
}

/** The built-in GET /login, registered after the pages so that theirs wins. */
export function registerLoginFallback(app: Hono<AppEnv>): void {
  app.get('/login', (c) => {
    c.header('cache-control', 'no-store');
    return c.html(loginPage(c.var.csrfToken, { error: c.req.query('error') ?? null, next: c.req.query('next') ? safeNext(c.req.query('next')) : null }));
  });
}
