/**
 * A reading list uploaded to the server (the web app's add page, or the API):
 * imported in the background, every saved link fetched from a real server on
 * 127.0.0.1, its progress followed on the import's page and by the API.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, adminToken, Browser, call, ORIGIN, startHarness, type Harness } from './api-harness.js';
import { startHarbourSite } from './helpers/harbour-site.js';
import { existsSync, readdirSync } from 'node:fs';
import { ImportStore } from '../src/web/imports/import-store.js';
import { startServer, sleep, type TestServer } from './helpers/http-server.js';

let server: TestServer;
let h: Harness;

beforeAll(async () => {
  server = await startHarbourSite();
});

afterAll(() => server.close());
afterEach(() => h?.close());

const pocketCsv = (): string => [
  'title,url,time_added,cursor,tags,status',
  `"Ferry back, at last",${server.url('/ferry')},1642060800,1,harbour|islands,unread`,
  `Museum,${server.url('/museum')},1642060801,2,,archive`,
  `Gone,${server.url('/gone')},1642060802,3,,unread`,
  'Lost link,,1642060803,4,,unread',
  '',
].join('\n');

/** A multipart upload through the API with a bearer token. */
async function upload(token: string, name: string, content: string, category?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'text/csv' }));
  if (category) form.set('category', category);
  const res = await h.app.request(`${ORIGIN}/api/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function finished(token: string, id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const { body } = await call(h, token, 'GET', `/api/v1/imports/${id}`);
    if (body.state !== 'running') return body as Record<string, unknown>;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import did not finish');
}

describe('an uploaded reading list', () => {
  it('is imported in the background: each link fetched and added, a dead link and a row without an address reported by their lines', async () => {
    h = await startHarness({ allowPrivate: true });
    const token = adminToken(h);
    const started = await upload(token, 'part_000000.csv', pocketCsv());
    expect(started.status).toBe(202);
    expect(started.body.file).toBe('part_000000.csv');
    const done = await finished(token, String(started.body.id));
    expect(done).toMatchObject({ state: 'done', listed: true, seen: 4, expected: 4, added: 2, skipped: 0, failed: 0, rejected: 2 });
    const failures = done.failures as { label: string; code: string }[];
    expect(failures.map((f) => [f.label, f.code])).toEqual([
      ['part_000000.csv:4', 'fetch_http_error'],
      ['part_000000.csv:5', 'malformed_input'],
    ]);
    const list = await call(h, token, 'GET', '/api/v1/readings?limit=10');
    const byTitle = new Map((list.body.readings as { title: string; category: string; readCount: number }[]).map((r) => [r.title, r]));
    expect([...byTitle.keys()].sort()).toEqual(['Ferry returns to the harbour', 'Museum reopens its dinosaur hall']);
    expect(byTitle.get('Ferry returns to the harbour')).toMatchObject({ category: 'harbour', readCount: 0 });
    // Archived in Pocket: read already.
    expect(byTitle.get('Museum reopens its dinosaur hall')?.readCount).toBe(1);

    // The same list again adds nothing twice.
    const again = await finished(token, String((await upload(token, 'part_000000.csv', pocketCsv())).body.id));
    expect(again).toMatchObject({ added: 0, skipped: 2, rejected: 2 });
  });

  it('uploaded on the add page, is followed on its own page, which reloads itself until the import is done', async () => {
    h = await startHarness({ allowPrivate: true });
    const b = new Browser(h);
    await b.login('admin', ADMIN_PASSWORD);
    const addPage = await (await b.request('GET', '/add')).text();
    const form = new FormData();
    form.set('_csrf', /name="_csrf" value="([^"]+)"/.exec(addPage)![1]!);
    form.set('kind', 'file');
    form.set('category', 'saved');
    form.set('file', new File([pocketCsv()], 'pocket.csv', { type: 'text/csv' }));
    const posted = await b.request('POST', '/add', { multipart: form });
    expect(posted.status).toBe(303);
    const location = posted.headers.get('location')!;
    expect(location).toMatch(/^\/imports\/[0-9a-f-]{36}$/);
    let text = '';
    for (let i = 0; i < 200; i++) {
      const res = await b.request('GET', location);
      expect(res.status).toBe(200);
      text = await res.text();
      if (!text.includes('http-equiv="refresh"')) break;
      expect(text).toContain('Importing “pocket.csv”');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(text).toContain('Imported “pocket.csv”');
    expect(text).toMatch(/<strong>4<\/strong> of <strong>4<\/strong> done: 2 readings added/);
    expect(text).toContain('Ferry returns to the harbour');
    expect(text).toContain('pocket.csv:4');
    const token = adminToken(h);
    const list = await call(h, token, 'GET', '/api/v1/readings?limit=10');
    expect((list.body.readings as { category: string }[]).map((r) => r.category)).toEqual(['saved', 'saved']);
    // The import is its owner's: another user of the server does not see it.
    const apiPath = location.replace('/imports/', '/api/v1/imports/');
    expect((await call(h, token, 'GET', apiPath)).body.added).toBe(2);
    await call(h, token, 'POST', '/api/v1/users', { username: 'bea', password: 'bea password' });
    expect((await call(h, adminToken(h, 'bea'), 'GET', apiPath)).status).toBe(404);
  });

  it('refuses a file that lists nothing, and an unknown import, with a JSON error', async () => {
    h = await startHarness({ allowPrivate: true });
    const token = adminToken(h);
    const notAList = await upload(token, 'article.txt', 'Just one article, pasted.');
    expect(notAList.status).toBe(400);
    expect((notAList.body.error as { code: string }).code).toBe('malformed_input');
    const unknown = await call(h, token, 'GET', '/api/v1/imports/3f6c0a52-9d1e-4f57-a1e4-6b7c2f0d9e11');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const list = await call(h, token, 'GET', '/api/v1/readings?limit=10');
    expect(list.body.total).toBe(0);
  });

  it('stopped by a shutdown, goes on from where it stopped when the server starts again: nothing twice, its page kept', async () => {
    // Pages that take a while to come, so that the shutdown finds the import half done.
    const slow = await startServer({
      '/story': async (req, res) => {
        const n = new URL(req.url ?? '/', 'http://localhost').searchParams.get('n');
        await sleep(120);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html><head><title>Harbour works, part ${n}</title></head><body><article><h1>Harbour works, part ${n}</h1>
<p>Work on the harbour wall reached its ${n}th stage on Monday, the port authority said, as cranes lifted the last blocks of the section into place before the winter storms.</p>
<p>Engineers said part ${n} of the works had kept to its budget, and the ferries would keep their timetable while divers checked the foundations of the pier.</p></article></body></html>`);
      },
    });
    try {
      const links = Array.from({ length: 8 }, (_, k) => slow.url(`/story?n=${k + 1}`));
      const csv = ['title,url,time_added,tags,status', ...links.map((url, k) => `Part ${k + 1},${url},${1642060800 + k},,unread`), ''].join('\n');
      const first = await startHarness({ allowPrivate: true });
      h = first;
      const started = await upload(adminToken(first), 'harbour.csv', csv);
      const id = String(started.body.id);
      const statusPath = `/api/v1/imports/${id}`;
      const token = adminToken(first);
      for (let i = 0; i < 200 && Number((await call(first, token, 'GET', statusPath)).body.added) < 2; i++) await sleep(25);
      await first.stop();
      const kept = new ImportStore(first.config.db).load(id)!;
      expect(kept.state).toBe('stopped');
      expect(kept.added).toBeGreaterThanOrEqual(2);
      expect(kept.added).toBeLessThan(8);

      const second = await startHarness({ allowPrivate: true, dir: first.dir });
      h = second;
      expect(second.resumed).toBe(1);
      const done = await finished(adminToken(second), id);
      expect(done).toMatchObject({ state: 'done', listed: true, seen: 8, added: 8, skipped: 0, failed: 0, rejected: 0 });
      const list = await call(second, adminToken(second), 'GET', '/api/v1/readings?limit=20');
      expect(list.body.total).toBe(8);
      expect((list.body.readings as { title: string }[]).map((r) => r.title).sort()).toEqual(Array.from({ length: 8 }, (_, k) => `Harbour works, part ${k + 1}`).sort());
      // Each page fetched once: the items counted before the shutdown were not read again.
      expect(slow.hits.filter((hit) => hit.path === '/story')).toHaveLength(8);
      // The uploaded file is gone once read to its end; the status stays for the import's page.
      const folder = `${second.config.db}.imports/${id}`;
      expect(readdirSync(folder).sort()).toEqual(['hints.json', 'status.json']);
      await second.stop();

      // A third start finds nothing to go on with, and still shows the finished import.
      const third = await startHarness({ allowPrivate: true, dir: first.dir });
      h = third;
      expect(third.resumed).toBe(0);
      expect((await call(third, adminToken(third), 'GET', statusPath)).body).toMatchObject({ state: 'done', added: 8 });
      expect(existsSync(`${folder}/upload`)).toBe(false);
    } finally {
      await slow.close();
    }
  });
});
