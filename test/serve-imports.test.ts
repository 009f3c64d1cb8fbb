/**
 * `readings serve` stopped (SIGTERM) while an uploaded reading list is being
 * imported: it exits 0 once the item in hand is stored, and the next start
 * goes on with the import from there.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportStore } from '../src/web/imports/import-store.js';
import { cliJson } from './helpers/cli.js';
import { serveCli } from './helpers/serve-cli.js';
import { sleep, startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();
const children: ChildProcess[] = [];
let site: TestServer;

beforeAll(async () => {
  // Pages that take a while to come, so that the shutdown finds the import half done.
  site = await startServer({
    '/part': async (req, res) => {
      const n = new URL(req.url ?? '/', 'http://localhost').searchParams.get('n');
      await sleep(150);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html><head><title>Harbour works, part ${n}</title></head><body><article><h1>Harbour works, part ${n}</h1>
<p>Work on the harbour wall reached stage ${n} on Monday, the port authority said, as cranes lifted the last blocks of the section into place before the winter storms.</p>
<p>Engineers said part ${n} of the works had kept to its budget, and the ferries would keep their timetable while divers checked the foundations of the pier.</p></article></body></html>`);
    },
  });
});
afterAll(() => site.close());
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

describe('readings serve, stopped during an import', () => {
  it('exits 0 after the item in hand, and the next start goes on with the import to its end', async () => {
    const db = join(tempDir(), 'library.db');
    const env = { READINGS_ADMIN_PASSWORD: 'admin password 1' };
    const first = await serveCli(db, env, ['--allow-private']);
    children.push(first.child);
    const { token } = await cliJson<{ token: string }>(db, ['token', 'create', '--name', 'ci']);
    const auth = { authorization: `Bearer ${token}` };
    const csv = ['title,url', ...Array.from({ length: 10 }, (_, k) => `Part ${k + 1},${site.url(`/part?n=${k + 1}`)}`), ''].join('\n');
    const form = new FormData();
    form.set('file', new File([csv], 'harbour.csv', { type: 'text/csv' }));
    const started = (await (await fetch(`${first.url}/api/v1/imports`, { method: 'POST', headers: auth, body: form })).json()) as { id: string };
    const status = async (url: string): Promise<{ state: string; added: number; seen: number }> =>
      (await (await fetch(`${url}/api/v1/imports/${started.id}`, { headers: auth })).json()) as { state: string; added: number; seen: number };
    for (let i = 0; i < 200 && (await status(first.url)).added < 2; i++) await sleep(25);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const stopped = new ImportStore(db).load(started.id)!;
    expect(stopped.state).toBe('stopped');
    expect(stopped.added).toBe(stopped.seen);
    expect(stopped.added).toBeLessThan(10);
    // What the stopped import counted as added is in the library: the item in hand was stored before the exit.
    expect((await cliJson<{ total: number }>(db, ['list'])).total).toBe(stopped.added);

    const second = await serveCli(db, env, ['--allow-private']);
    children.push(second.child);
    expect(second.output()).toContain('Going on with an import the last shutdown stopped.');
    let last = await status(second.url);
    for (let i = 0; i < 400 && last.state === 'running'; i++) {
      await sleep(25);
      last = await status(second.url);
    }
    expect(last).toMatchObject({ state: 'done', seen: 10, added: 10 });
    expect(site.hits.filter((hit) => hit.path === '/part')).toHaveLength(10);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
