import { readFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { accountsPath } from '../src/store/accounts/open-accounts.js';
import { LOGIN_LIMITS } from '../src/web/auth/rate-limit.js';
import { verifyPassword } from '../src/web/auth/passwords.js';
import { ADMIN_PASSWORD, Browser, adminToken, call, startHarness, type Harness } from './api-harness.js';

const open: Harness[] = [];
async function harness(options?: Parameters<typeof startHarness>[0]): Promise<Harness> {
  const h = await startHarness(options);
  open.push(h);
  return h;
}
afterEach(() => {
  for (const h of open.splice(0)) h.close();
});

const cookieLine = (res: Response, name: string): string | undefined => res.headers.getSetCookie().find((l) => l.startsWith(`${name}=`));

describe('sign-in with sessions', () => {
  it('signs in with the right password: a Secure HttpOnly SameSite=Lax session cookie, then the library and the API', async () => {
    const h = await harness();
    const b = new Browser(h);
    expect((await b.request('GET', '/api/v1/readings')).status).toBe(401);
    const anonymous = await b.request('GET', '/');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2F');

    const res = await b.login('admin', ADMIN_PASSWORD);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = cookieLine(res, 'readings_session')!;
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    const list = await b.request('GET', '/api/v1/readings');
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ total: 0, readings: [] });
    // The session id is stored hashed.
    const sessionId = b.cookies.get('readings_session')!;
    expect(readAccountsFiles(h)).not.toContain(sessionId);
  });

  it('answers an address that is no page with a 404 page in the site frame, the address escaped, and the API with JSON', async () => {
    const h = await harness();
    const b = new Browser(h);
    await b.login('admin', ADMIN_PASSWORD);
    const res = await b.request('GET', '/story/<b>nope</b>');
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain('<main id="main"');
    expect(body).toContain('href="/stories"');
    expect(body).not.toContain('<b>nope</b>');
    expect(body).toContain('There is no page at /story/&lt;b&gt;nope&lt;/b&gt;.');
    const api = await b.request('GET', '/api/v1/nope');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses a wrong password, an unknown user and an off-site `next`', async () => {
    const h = await harness();
    const b = new Browser(h);
    const bad = await b.login('admin', 'not the password');
    expect(bad.status).toBe(303);
    expect(bad.headers.get('location')).toBe('/login?error=invalid_credentials');
    expect(cookieLine(bad, 'readings_session')).toBeUndefined();
    expect((await b.login('nobody', ADMIN_PASSWORD)).headers.get('location')).toBe('/login?error=invalid_credentials');
    const token = await b.csrfToken();
    const offsite = await b.request('POST', '/login', { form: { username: 'admin', password: ADMIN_PASSWORD, _csrf: token, next: '//evil.example/x' } });
    expect(offsite.headers.get('location')).toBe('/');
    const json = await call(h, null, 'POST', '/login', { username: 'admin', password: 'nope nope' });
    expect(json.status).toBe(401);
    expect(json.body).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
  });

  it('rate-limits failed sign-ins per user name: even the right password waits', async () => {
    const h = await harness();
    for (let i = 0; i < LOGIN_LIMITS.perUser; i++) {
      const r = await call(h, null, 'POST', '/login', { username: 'admin', password: `wrong ${i}` });
      expect(r.status).toBe(401);
    }
    const blocked = await call(h, null, 'POST', '/login', { username: 'ADMIN', password: ADMIN_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const b = new Browser(h);
    const form = await b.login('admin', ADMIN_PASSWORD);
    expect(form.headers.get('location')).toBe('/login?error=rate_limited');
    expect(cookieLine(form, 'readings_session')).toBeUndefined();
    // Another user is not blocked by it.
    await call(h, adminToken(h), 'POST', '/api/v1/users', { username: 'bea', password: 'bea password' });
    expect((await new Browser(h).login('bea', 'bea password')).headers.get('location')).toBe('/');
  });

  it('refuses a form POST without the CSRF token, and one with a token of another browser', async () => {
    const h = await harness();
    const b = new Browser(h);
    await b.csrfToken();
    const missing = await b.request('POST', '/login', { form: { username: 'admin', password: ADMIN_PASSWORD } });
    expect(missing.status).toBe(403);
    expect(cookieLine(missing, 'readings_session')).toBeUndefined();
    const other = await new Browser(h).csrfToken();
    expect((await b.request('POST', '/login', { form: { username: 'admin', password: ADMIN_PASSWORD, _csrf: other } })).status).toBe(403);

    expect((await b.login('admin', ADMIN_PASSWORD)).status).toBe(303);
    // Signed in, a cookie-authenticated POST still needs the token: form or header.
    expect((await b.request('POST', '/logout', { form: {} })).status).toBe(403);
    const apiForm = await b.request('POST', '/api/v1/tokens', { form: { name: 'x' } });
    expect(apiForm.status).toBe(403);
    expect(await apiForm.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    expect((await b.request('GET', '/api/v1/me')).status).toBe(200);
    const viaHeader = await b.request('DELETE', '/api/v1/tokens/000000000000', { headers: { 'x-csrf-token': 'forged' } });
    expect(viaHeader.status).toBe(403);
  });

  it('logs out: the session ends on the server, not only in the browser', async () => {
    const h = await harness();
    const b = new Browser(h);
    await b.login('admin', ADMIN_PASSWORD);
    const sessionId = b.cookies.get('readings_session')!;
    const token = await b.csrfToken();
    const out = await b.request('POST', '/logout', { form: { _csrf: token } });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/login');
    expect(b.cookies.has('readings_session')).toBe(false);
    expect((await b.request('GET', '/api/v1/me')).status).toBe(401);
    // Replaying the old cookie does not work either.
    b.cookies.set('readings_session', sessionId);
    expect((await b.request('GET', '/api/v1/me')).status).toBe(401);
  });

  it('stores passwords as scrypt hashes', async () => {
    const h = await harness();
    const admin = h.accounts.users.primary()!;
    expect(admin.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(ADMIN_PASSWORD, admin.passwordHash)).toBe(true);
    expect(await verifyPassword('other', admin.passwordHash)).toBe(false);
    expect(readAccountsFiles(h)).not.toContain(ADMIN_PASSWORD);
  });

  it('without READINGS_ADMIN_PASSWORD, creates the admin through a one-time setup link', async () => {
    const h = await harness({ adminPassword: null });
    expect(h.firstRun.kind).toBe('setup_link');
    const path = h.firstRun.kind === 'setup_link' ? h.firstRun.path : '';
    expect(h.accounts.users.count()).toBe(0);
    const b = new Browser(h);
    expect((await b.request('GET', '/setup/not-the-token')).status).toBe(404);
    const page = await b.request('GET', path);
    expect(page.status).toBe(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const short = await b.request('POST', path, { form: { username: 'root', password: 'short', _csrf: token } });
    expect(short.status).toBe(400);
    const made = await b.request('POST', path, { form: { username: 'root', password: 'long enough password', _csrf: token } });
    expect(made.status).toBe(303);
    expect(h.accounts.users.primary()).toMatchObject({ username: 'root', role: 'admin' });
    expect((await b.request('GET', '/api/v1/me')).status).toBe(200);
    expect((await new Browser(h).request('GET', path)).status).toBe(404);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, stored hashed; lists without it; a revoked token is refused', async () => {
    const h = await harness();
    const boot = adminToken(h);
    const created = await call(h, boot, 'POST', '/api/v1/tokens', { name: 'my script' });
    expect(created.status).toBe(201);
    const { token, id, prefix } = created.body as { token: string; id: string; prefix: string };
    expect(token).toMatch(/^rdg_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect((await call(h, token, 'GET', '/api/v1/me')).body).toMatchObject({ username: 'admin', role: 'admin' });

    const list = await call(h, token, 'GET', '/api/v1/tokens');
    expect(list.body.tokens.map((t: { name: string }) => t.name)).toEqual(['test', 'my script']);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(readAccountsFiles(h)).not.toContain(token);
    expect(readAccountsFiles(h)).not.toContain(token.slice(4));

    expect((await call(h, token, 'DELETE', `/api/v1/tokens/${id}`)).status).toBe(200);
    const after = await call(h, token, 'GET', '/api/v1/readings');
    expect(after.status).toBe(401);
    expect(after.body).toEqual({ error: { code: 'unauthorized', message: 'invalid or revoked token' } });
    expect(after.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await call(h, boot, 'DELETE', `/api/v1/tokens/${id}`)).status).toBe(404);
  });

  it('answers 401 without a token, with a malformed header, and with a made-up token', async () => {
    const h = await harness();
    for (const auth of [null, 'rdg_madeupmadeupmadeupmadeupmadeupmadeupmade']) {
      const r = await call(h, auth, 'GET', '/api/v1/readings');
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthorized');
    }
    const basic = await h.app.request('http://localhost/api/v1/readings', { headers: { authorization: 'Basic YWRtaW46eA==' } });
    expect(basic.status).toBe(401);
  });
});

describe('security headers', () => {
  it('sends a strict CSP and friends on pages and API responses', async () => {
    const h = await harness();
    for (const res of [await new Browser(h).request('GET', '/login'), await h.app.request('http://localhost/api/v1/openapi.json')]) {
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https?:/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

/** The accounts DB as stored on disk, main file and write-ahead log. */
function readAccountsFiles(h: Harness): string {
  const path = accountsPath(h.config.db);
  return [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('latin1')).join('\n');
}
