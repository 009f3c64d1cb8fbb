import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminToken, Browser, call, startHarness, type Harness } from './api-harness.js';

const open: Harness[] = [];
afterEach(() => {
  for (const h of open.splice(0)) h.close();
});

const ARTICLE = 'The harbour of Valletta reopened on Friday after a week of storms. Ferries to Gozo resumed their normal timetable, the port authority said.';

describe('one library per user', () => {
  it('user B sees none of user A’s readings: 404 on each, an empty list and search', async () => {
    const h = await startHarness();
    open.push(h);
    const admin = adminToken(h);
    const added = await call(h, admin, 'POST', '/api/v1/readings', { text: ARTICLE, title: 'Valletta harbour reopens' });
    expect(added.status).toBe(201);
    const id = added.body.reading.id as string;

    const made = await call(h, admin, 'POST', '/api/v1/users', { username: 'bea', password: 'bea password' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ username: 'bea', role: 'user' });
    expect((await call(h, admin, 'POST', '/api/v1/users', { username: 'BEA', password: 'other password' })).status).toBe(409);
    const bea = adminToken(h, 'bea');

    for (const [method, path, body] of [
      ['GET', `/api/v1/readings/${id}`],
      ['GET', `/api/v1/readings/${id.slice(0, 8)}`],
      ['PATCH', `/api/v1/readings/${id}`, { category: 'mine' }],
      ['DELETE', `/api/v1/readings/${id}`],
      ['GET', `/api/v1/readings/${id}/original`],
      ['GET', `/api/v1/readings/${id}/similar`],
      ['GET', `/api/v1/readings/${id}/summary`],
    ] as [string, string, unknown?][]) {
      const res = await call(h, bea, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await call(h, bea, 'GET', '/api/v1/readings')).body.total).toBe(0);
    expect((await call(h, bea, 'GET', '/api/v1/search?q=Valletta')).body.hits).toEqual([]);
    expect((await call(h, bea, 'GET', '/api/v1/stories')).body.total).toBe(0);

    // B's own reading goes to B's own file; A's is still there, untouched.
    expect((await call(h, bea, 'POST', '/api/v1/readings', { text: ARTICLE, title: 'My copy' })).status).toBe(201);
    expect(existsSync(join(h.dir, 'libraries', `${made.body.id}.db`))).toBe(true);
    expect((await call(h, admin, 'GET', `/api/v1/readings/${id}`)).body.title).toBe('Valletta harbour reopens');
    expect((await call(h, admin, 'GET', '/api/v1/readings')).body.total).toBe(1);

    // Sessions too: B signed in through the form sees B's library.
    const browser = new Browser(h);
    await browser.login('bea', 'bea password');
    expect((await browser.request('GET', `/api/v1/readings/${id}`)).status).toBe(404);

    // Tokens are per user: B cannot revoke A's.
    const adminTokens = await call(h, admin, 'GET', '/api/v1/tokens');
    expect((await call(h, bea, 'DELETE', `/api/v1/tokens/${adminTokens.body.tokens[0].id}`)).status).toBe(404);
    expect((await call(h, admin, 'GET', '/api/v1/me')).status).toBe(200);
  });

  it('only an admin creates or lists users', async () => {
    const h = await startHarness();
    open.push(h);
    const admin = adminToken(h);
    await call(h, admin, 'POST', '/api/v1/users', { username: 'carl', password: 'carl password' });
    const carl = adminToken(h, 'carl');
    expect((await call(h, carl, 'POST', '/api/v1/users', { username: 'dan', password: 'dan password' })).body.error.code).toBe('forbidden');
    expect((await call(h, carl, 'GET', '/api/v1/users')).status).toBe(403);
    expect((await call(h, admin, 'GET', '/api/v1/users')).body.users.map((u: { username: string }) => u.username)).toEqual(['admin', 'carl']);
    expect((await call(h, admin, 'POST', '/api/v1/users', { username: 'dan', password: 'short' })).status).toBe(400);
  });

  it('the first admin’s library is the configured one (the CLI’s)', async () => {
    const h = await startHarness();
    open.push(h);
    const admin = adminToken(h);
    await call(h, admin, 'POST', '/api/v1/readings', { text: ARTICLE, title: 'Valletta' });
    const { openStorage } = await import('../src/store/storage.js');
    const storage = openStorage(h.config.db);
    try {
      expect(storage.readings.count({})).toBe(1);
    } finally {
      storage.close();
    }
  });
});
