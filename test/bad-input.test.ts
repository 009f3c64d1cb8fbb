import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { sleep, startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const SEEDS = new URL('../../shared/data/seeds/raw/', import.meta.url).pathname;
const tempDir = useTempDir();

interface ListJson { total: number; readings: { id: string; title: string; extraction: { status: string; code: string | null } }[] }

const ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>Troops leave</title></head><body><article><h1>Troops leave</h1>
${[1, 2, 3, 4, 5, 6].map((n) => `<p>On day ${n} the Russia-led alliance moved another convoy of troops out of Kazakhstan, officials said.</p>`).join('\n')}
</article></body></html>`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/article': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML); },
    '/slow': async (_req, res) => { await sleep(3000); res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE_HTML); },
    '/missing': (_req, res) => { res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'); },
    '/broken': (_req, res) => { res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Oops</h1>'); },
    '/loop-a': (_req, res) => { res.writeHead(302, { location: '/loop-b' }).end(); },
    '/loop-b': (_req, res) => { res.writeHead(302, { location: '/loop-a' }).end(); },
    '/cyrillic': (_req, res) => {
      const body = `<html><head><meta charset="windows-1251"><title>Войска уходят</title></head><body><article><h1>Войска уходят</h1>${['первый', 'второй', 'третий', 'четвертый', 'пятый'].map((d) => `<p>Миротворцы ОДКБ начали выводить войска из Казахстана, это ${d} день вывода, сообщили в министерстве обороны.</p>`).join('')}</article></body></html>`;
      res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(new Uint8Array(encodeWindows1251(body))));
    },
  });
});
afterAll(() => server.close());

/** windows-1251 bytes for ASCII + Russian letters (А..я map to 0xC0..0xFF). */
function encodeWindows1251(text: string): number[] {
  return [...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    throw new Error(`no windows-1251 byte for ${ch}`);
  });
}

/** A library holding one seed, and a snapshot of it to compare with afterwards. */
async function library(): Promise<{ db: string; dir: string; snapshot: () => Promise<string> }> {
  const dir = tempDir();
  const db = join(dir, 'library.db');
  expect((await runCli(db, ['add', join(SEEDS, '003_177d36f708b3b892.txt')])).code).toBe(0);
  const snapshot = async (): Promise<string> => JSON.stringify(await cliJson<ListJson>(db, ['list']));
  return { db, dir, snapshot };
}

async function expectRejected(args: string[], code: string, input: string, env?: NodeJS.ProcessEnv): Promise<void> {
  const { db, snapshot } = await library();
  const before = await snapshot();
  const r = await runCli(db, ['add', ...args], { env });
  expect(r.code, r.stderr).toBe(1);
  const line = r.stderr.trim().split('\n').filter((l) => l.startsWith('readings: '));
  expect(line).toHaveLength(1);
  expect(line[0]).toContain(input);
  expect(line[0]).toContain(`[${code}]`);
  expect(await snapshot()).toBe(before);
}

describe('bad input leaves the library as it was, with one clear line and a non-zero exit', () => {
  it('empty file', async () => {
    const path = join(tempDir(), 'empty.html');
    writeFileSync(path, '');
    await expectRejected([path], 'empty_input', path);
  });

  it.each([
    ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /PNG/],
    ['pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), /PDF/],
    ['zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0]), /ZIP/i],
  ])('binary file (%s)', async (ext, bytes, what) => {
    const path = join(tempDir(), `file.${ext}`);
    writeFileSync(path, bytes);
    await expectRejected([path], 'binary_input', path);
    const r = await runCli(join(tempDir(), 'x.db'), ['add', path]);
    expect(r.stderr).toMatch(what);
  });

  it('50 MB file', async () => {
    const path = join(tempDir(), 'huge.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
    await expectRejected([path], 'input_too_large', path);
  });

  it('URL that times out', async () => {
    await expectRejected(['--allow-private', server.url('/slow')], 'fetch_timeout', server.url('/slow'), { READINGS_TOTAL_TIMEOUT_MS: '500' });
  });

  it.each([['/missing', /HTTP 404/], ['/broken', /HTTP 500/]])('URL answering %s', async (path, status) => {
    await expectRejected(['--allow-private', server.url(path)], 'fetch_http_error', server.url(path));
    expect((await runCli(join(tempDir(), 'x.db'), ['add', '--allow-private', server.url(path)])).stderr).toMatch(status);
  });

  it('redirect loop', async () => {
    await expectRejected(['--allow-private', server.url('/loop-a')], 'fetch_too_many_redirects', server.url('/loop-a'));
  });

  it.each([
    ['127.0.0.1', () => server.url('/article')],
    ['localhost', () => `http://localhost:${server.port}/article`],
    ['10.x', () => 'http://10.1.2.3/article'],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['[::1]', () => `http://[::1]:${server.port}/article`],
  ])('private address %s without --allow-private', async (_name, url) => {
    const hitsBefore = server.hits.length;
    await expectRejected([url()], 'private_address', url());
    expect(server.hits.length).toBe(hitsBefore);
  });

  it('the same URL is fetched and stored with --allow-private', async () => {
    const { db } = await library();
    const r = await cliJson<{ status: string; reading: { title: string; url: string; wordCount: number } }>(db, ['add', '--allow-private', server.url('/article')]);
    expect(r).toMatchObject({ status: 'added', reading: { title: 'Troops leave', url: server.url('/article') } });
    expect(r.reading.wordCount).toBe(6 * 16);
  });

  it('a page in windows-1251 decodes right', async () => {
    const { db } = await library();
    const r = await cliJson<{ status: string; reading: { id: string; title: string } }>(db, ['add', '--allow-private', server.url('/cyrillic')]);
    expect(r.reading.title).toBe('Войска уходят');
    const shown = await cliJson<{ paragraphs: string[]; language: string }>(db, ['show', r.reading.id]);
    expect(shown.paragraphs[0]).toBe('Миротворцы ОДКБ начали выводить войска из Казахстана, это первый день вывода, сообщили в министерстве обороны.');
  });
});

describe('inputs that were read are kept verbatim with their failure recorded', () => {
  it('HTML with no article', async () => {
    const { db, dir } = await library();
    const path = join(dir, 'nav.html');
    const html = '<html><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>';
    writeFileSync(path, html);
    const r = await runCli(db, ['add', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${path}: .*\\[no_article\\]`));
    const list = await cliJson<ListJson>(db, ['list']);
    const failed = list.readings.find((x) => x.extraction.status === 'failed')!;
    expect(failed.extraction.code).toBe('no_article');
    expect((await runCli(db, ['original', failed.id])).stdout).toBe(html);
    expect((await runCli(db, ['show', failed.id])).stdout).toContain('Extraction failed:');
  });

  it('invalid UTF-8', async () => {
    const { db, dir } = await library();
    const path = join(dir, 'latin1.txt');
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait. '.repeat(30))]);
    writeFileSync(path, bytes);
    const r = await runCli(db, ['add', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/byte offset 3 .*\[invalid_encoding\]/);
    const failed = (await cliJson<ListJson>(db, ['list'])).readings.find((x) => x.extraction.status === 'failed')!;
    const original = await runCli(db, ['original', failed.id]);
    expect(Buffer.from(original.stdout, 'latin1').length).toBeGreaterThan(0);
    const ok = await runCli(db, ['add', path, '--charset', 'iso-8859-1']);
    expect(ok.stdout).toMatch(/skipped/);
  });

  it('a truncated HTML file still gives its article', async () => {
    const { db, dir } = await library();
    const path = join(dir, 'truncated.html');
    writeFileSync(path, ARTICLE_HTML.slice(0, ARTICLE_HTML.length - 120));
    const r = await cliJson<{ status: string; reading: { title: string; wordCount: number } }>(db, ['add', path]);
    expect(r.status).toBe('added');
    expect(r.reading.wordCount).toBeGreaterThan(60);
  });

  it('a JSONL file with a broken line in the middle: the rest is stored, the line reported', async () => {
    const { db, dir } = await library();
    const path = join(dir, 'items.jsonl');
    const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');
    writeFileSync(path, [
      JSON.stringify({ text: seed('000_a456e5bb84180f06.txt'), ref: 'a' }),
      '{"text": "unterminated',
      JSON.stringify({ text: seed('004_cda58cf3099d18d8.txt'), ref: 'b' }),
      JSON.stringify({ title: 'no body' }),
      JSON.stringify({ title: 'a headline', text: '' }),
    ].join('\n'));
    const r = await runCli(db, ['add', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}:2: line 2 is not valid JSON`);
    expect(r.stderr).toContain(`${path}:4: line 4: needs one of url, html or text [malformed_input]`);
    expect(r.stderr).toContain(`${path}:5: line 5: its text is empty and it has no url [malformed_input]`);
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(3);
  });
});
