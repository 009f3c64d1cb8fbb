import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/http-server.js';
import { adminToken, call, startHarness, type Harness } from './api-harness.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens after the storms | Island Times</title>
<meta property="og:site_name" content="Island Times"></head><body><article><h1>Harbour reopens after the storms</h1>
<p>The harbour reopened on Friday after a week of storms, the port authority said, and the first ferries left on time.</p>
<p>Fishermen returned to sea in the afternoon. Shops along the quay, closed since Monday, opened their shutters again.</p>
<p>Forecasters expect calm weather for the rest of the month, though they warned that winter storms may come back.</p>
</article></body></html>`;

const open: { h: Harness; server: TestServer }[] = [];
afterEach(async () => {
  for (const { h, server } of open.splice(0)) {
    h.close();
    await server.close();
  }
});

async function setUp(allowPrivate: boolean): Promise<{ h: Harness; server: TestServer; token: string }> {
  const server = await startServer({ '/article': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE); } });
  const h = await startHarness({ allowPrivate });
  open.push({ h, server });
  return { h, server, token: adminToken(h) };
}

describe('URL ingestion through the API: the CLI’s SSRF guard', () => {
  it('refuses a loopback URL with private_address when private addresses are not allowed, storing nothing and fetching nothing', async () => {
    const { h, server, token } = await setUp(false);
    for (const url of [server.url('/article'), `http://localhost:${server.port}/article`]) {
      const res = await call(h, token, 'POST', '/api/v1/readings', { url });
      expect(res.status, url).toBe(422);
      expect(res.body).toEqual({ error: { code: 'private_address', message: expect.any(String) } });
    }
    expect(server.hits).toHaveLength(0);
    expect((await call(h, token, 'GET', '/api/v1/readings')).body.total).toBe(0);
  });

  it('fetches and stores it when the server allows private addresses', async () => {
    const { h, server, token } = await setUp(true);
    const res = await call(h, token, 'POST', '/api/v1/readings', { url: server.url('/article?utm_source=x'), category: 'local' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('added');
    expect(res.body.reading).toMatchObject({ title: 'Harbour reopens after the storms', outlet: 'Island Times', category: 'local', url: server.url('/article') });
    expect(server.hits.map((x) => x.path)).toEqual(['/article']);
    const again = await call(h, token, 'POST', '/api/v1/readings', { url: server.url('/article') });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'skipped', reason: 'same_url' });
    expect(server.hits).toHaveLength(1);
    const missing = await call(h, token, 'POST', '/api/v1/readings', { url: server.url('/gone') });
    expect(missing.status).toBe(502);
    expect(missing.body.error.code).toBe('fetch_http_error');
    expect((await call(h, token, 'GET', '/api/v1/readings')).body.total).toBe(1);
  });

  it('two requests for the same URL at once store it once', async () => {
    const { h, server, token } = await setUp(true);
    const [a, b] = await Promise.all([0, 1].map(() => call(h, token, 'POST', '/api/v1/readings', { url: server.url('/article') })));
    expect([a!.body.status, b!.body.status].sort()).toEqual(['added', 'skipped']);
    expect((await call(h, token, 'GET', '/api/v1/readings')).body.total).toBe(1);
  });
});
