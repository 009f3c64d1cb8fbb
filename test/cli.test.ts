import { readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { useTempDir } from './helpers/temp-dir.js';

const SEEDS = new URL('../../shared/data/seeds/raw/', import.meta.url).pathname;
const BIN = fileURLToPath(new URL('../bin/readings.js', import.meta.url));
const tempDir = useTempDir();

interface ListView { id: string; title: string; outlet: string | null; category: string; url: string | null; wordCount: number; readCount: number; lastReadAt: string | null; publishedAt: string | null; ref: string | null }
interface ListJson { total: number; readings: ListView[] }

async function seededLibrary(): Promise<{ db: string; readings: ListView[] }> {
  const db = join(tempDir(), 'library.db');
  const add = await runCli(db, ['add', SEEDS]);
  expect(add.code, add.stderr).toBe(0);
  const list = await cliJson<ListJson>(db, ['list']);
  return { db, readings: list.readings };
}

describe('readings CLI on the seeds', () => {
  it('adds the five seeds with their details, and a second add skips them all', async () => {
    const { db, readings } = await seededLibrary();
    expect(readings).toHaveLength(5);
    const nhk = readings.find((r) => r.category === 'nhk');
    expect(nhk).toMatchObject({ outlet: 'NHK World', url: 'https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/', wordCount: 225, publishedAt: '2022-01-14' });
    const press = readings.find((r) => r.outlet === 'Press TV');
    expect(press).toMatchObject({ title: 'Kazakhstan: Russian Peacekeepers to Leave in Two Days', publishedAt: '2022-01-12T09:51:00Z', category: 'press-tv' });
    const again = await runCli(db, ['add', SEEDS, '--json']);
    expect(again.code).toBe(0);
    const statuses = again.stdout.trim().split('\n').map((l) => JSON.parse(l).status);
    expect(statuses).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(5);
    // In the list an undated seed says the day it was added; a dated one its date.
    const lines = (await runCli(db, ['list'])).stdout.trim().split('\n');
    const day = (ref: (r: ListView) => boolean) => lines.find((l) => l.startsWith(readings.find(ref)!.id))!;
    expect(day((r) => r.category === 'nhk')).toContain('(NHK World · Jan. 14, 2022 · 225 words)');
    expect(day((r) => r.publishedAt === null)).toMatch(/ · added [A-Z][a-z]+\.? \d{1,2}, \d{4} · \d+ words\)$/);
  });

  it('shows a reading with its Statistics and Details, and counts reads', async () => {
    const { db, readings } = await seededLibrary();
    const nhk = readings.find((r) => r.category === 'nhk')!;
    const read = await cliJson<ListView>(db, ['read', nhk.id.slice(0, 8)]);
    expect(read.readCount).toBe(1);
    expect(read.lastReadAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const shown = await runCli(db, ['show', nhk.id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Statistics\n  225 Words\n  1 Read Count');
    expect(shown.stdout).toContain(`ID: ${nhk.id}`);
    expect(shown.stdout).toContain('Category ID: nhk');
    expect(shown.stdout).toContain('Date: Jan. 14, 2022');
    expect(shown.stdout).not.toContain('Similar Readings (5 items)');
    const full = await cliJson<{ paragraphs: string[]; original: { bytes: number } }>(db, ['show', nhk.id]);
    expect(full.paragraphs).toHaveLength(9);
    const seedFile = readFileSync(join(SEEDS, '003_177d36f708b3b892.txt'));
    expect(full.original.bytes).toBe(seedFile.byteLength);
    const original = await runCli(db, ['original', nhk.id]);
    expect(original.stdout).toBe(seedFile.toString('utf8'));
  });

  it('filters the list by source, category, date and read state', async () => {
    const { db, readings } = await seededLibrary();
    const nhk = readings.find((r) => r.category === 'nhk')!;
    await runCli(db, ['read', nhk.id]);
    expect((await cliJson<ListJson>(db, ['list', '--source', 'press tv'])).readings.map((r) => r.outlet)).toEqual(['Press TV']);
    expect((await cliJson<ListJson>(db, ['list', '--category', 'nhk'])).total).toBe(1);
    expect((await cliJson<ListJson>(db, ['list', '--unread'])).total).toBe(4);
    const since = await cliJson<ListJson>(db, ['list', '--since', '2022-01-13']);
    expect(since.readings.map((r) => r.id)).toContain(nhk.id);
    expect(since.readings.map((r) => r.outlet)).not.toContain('Press TV');
    // Relative to now: the seeds published in 2022 are out, those without a date count from when they were added (today).
    const lastWeek = await cliJson<ListJson>(db, ['list', '--since', '7 days ago']);
    expect(lastWeek.readings.map((r) => r.publishedAt)).toEqual([null, null, null]);
    expect((await cliJson<ListJson>(db, ['list', '--since', 'yesterday'])).total).toBe(3);
    const bad = await runCli(db, ['list', '--since', 'someday']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--since someday: not a date .*\[invalid_argument\]/);
  });

  it("sets a reading's category and marks it unread again", async () => {
    const { db, readings } = await seededLibrary();
    const nhk = readings.find((r) => r.category === 'nhk')!;
    await runCli(db, ['read', nhk.id]);
    const set = await runCli(db, ['category', nhk.id.slice(0, 8), ' Central Asia ']);
    expect(set.code).toBe(0);
    expect(set.stdout.trim()).toBe(`category ${nhk.id}: nhk -> Central Asia`);
    expect((await cliJson<ListJson>(db, ['list', '--category', 'Central Asia'])).readings.map((r) => r.id)).toEqual([nhk.id]);
    const empty = await runCli(db, ['category', nhk.id, '  ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('a category is 1 to 200 characters [invalid_argument]');
    const unread = await cliJson<ListView>(db, ['unread', nhk.id]);
    expect(unread).toMatchObject({ readCount: 0, lastReadAt: null, category: 'Central Asia' });
    expect((await cliJson<ListJson>(db, ['list', '--unread'])).total).toBe(5);
    expect((await runCli(db, ['unread', 'nope'])).stderr).toContain('[not_found]');
  });

  it('searches with BM25 ranking and highlighted snippets', async () => {
    const { db } = await seededLibrary();
    const result = await cliJson<{ hits: { score: number; snippet: string; reading: ListView }[] }>(db, ['search', 'Shoigu']);
    expect(result.hits.map((h) => h.reading.outlet).sort()).toEqual(['NHK World', 'Press TV']);
    expect(result.hits[0]!.snippet).toContain('<mark>Shoigu</mark>');
    const phrase = await cliJson<{ hits: { reading: ListView }[] }>(db, ['search', '"closest partner and ally"']);
    expect(phrase.hits.map((h) => h.reading.outlet)).toEqual(['NHK World']);
    const plain = await runCli(db, ['search', 'Blinken', '--source', 'news2in']);
    expect(plain.stdout).toContain('[Blinken]');
    expect(plain.stdout.match(/^\S{36} /gm)).toHaveLength(1);
  });

  it('deletes a reading and exports the library as JSONL and Markdown', async () => {
    const { db, readings } = await seededLibrary();
    const victim = readings[0]!;
    const del = await runCli(db, ['delete', victim.id]);
    expect(del.code).toBe(0);
    expect((await runCli(db, ['show', victim.id])).stderr).toContain('[not_found]');
    const out = join(tempDir(), 'export.jsonl');
    expect((await runCli(db, ['export', '--format', 'jsonl', '--out', out])).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    const nhk = lines.find((l) => l.category === 'nhk');
    expect(Buffer.from(nhk.original.base64, 'base64').toString('utf8')).toBe(readFileSync(join(SEEDS, '003_177d36f708b3b892.txt'), 'utf8'));
    const md = await runCli(db, ['export', '--format', 'markdown']);
    expect(md.stdout.match(/^# /gm)).toHaveLength(4);
    expect(md.stdout).toContain('**Category:** nhk');
    expect((await runCli(db, ['export', '--format', 'pdf'])).stderr).toContain('[invalid_argument]');
  });

  it('extracts without storing, and prints the effective configuration', async () => {
    const db = join(tempDir(), 'library.db');
    const extracted = await cliJson<{ outlet: string; published: string; wordCount: number; paragraphs: string[] }>(db, ['extract', join(SEEDS, '004_cda58cf3099d18d8.txt')]);
    expect(extracted).toMatchObject({ outlet: 'Press TV', published: '2022-01-12T09:51:00Z' });
    expect(extracted.paragraphs[0]).toMatch(/^Kazakhstan’s president says/);
    const fromStdin = await runCli(db, ['extract', '-'], { stdin: readFileSync(join(SEEDS, '001_c6319db2e688382b.txt')) });
    expect(fromStdin.stdout.split('\n')[0]).toBe('After settling the unrest in Kazakhstan: Russian troops move out in a phased manner in 2 days');
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(0);
    const config = await cliJson<Record<string, { value: unknown; source: string }>>(db, ['config']);
    expect(config.db).toEqual({ value: db, source: 'flag', env: 'READINGS_DB' });
    expect(config['fetch.maxRedirects']!.value).toBe(5);
    expect(config.maxInputBytes!.value).toBe(10 * 1024 * 1024);
  });

  it('ingests a JSONL file with refs, a glob, and stdin', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const jsonl = join(dir, 'items.jsonl');
    const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');
    writeFileSync(jsonl, [
      JSON.stringify({ text: seed('000_a456e5bb84180f06.txt'), ref: 'mine-0', category: 'world', published: '2022-01-13' }),
      JSON.stringify({ html: '<html><head><title>Local page</title></head><body><article><h1>Local page</h1><p>' + 'A sentence about the withdrawal of troops from Kazakhstan. '.repeat(12) + '</p></article></body></html>', url: 'https://example.com/local?utm_source=x', ref: 42, outlet: 'Example Gazette' }),
    ].join('\n'));
    const add = await runCli(db, ['add', jsonl, '--json']);
    expect(add.code, add.stderr).toBe(0);
    const list = await cliJson<ListJson>(db, ['list']);
    expect(list.readings.map((r) => r.ref).sort()).toEqual(['42', 'mine-0']);
    expect(list.readings.find((r) => r.ref === 'mine-0')).toMatchObject({ category: 'world', publishedAt: '2022-01-13' });
    expect(list.readings.find((r) => r.ref === '42')).toMatchObject({ url: 'https://example.com/local', outlet: 'Example Gazette' });
    expect(list.readings.find((r) => r.ref === 'mine-0')?.outlet).toBeNull(); // seed 000 names no outlet
    const glob = await runCli(db, ['add', `${SEEDS}00[12]_*.txt`, '--outlet', 'Given Outlet']);
    expect(glob.code).toBe(0);
    const stdin = await runCli(db, ['add', '-', '--category', 'pasted'], { stdin: seed('003_177d36f708b3b892.txt') });
    expect(stdin.code).toBe(0);
    const all = await cliJson<ListJson>(db, ['list']);
    expect(all.total).toBe(5);
    expect(all.readings.find((r) => r.outlet === 'NHK World')?.category).toBe('pasted');
    // --outlet names the outlet of every input it comes with, over the one the text gives.
    expect(all.readings.filter((r) => r.outlet === 'Given Outlet')).toHaveLength(2);
  });

  it('records the web address a stdin text came from with --url, and refuses it for many inputs or a non-http address', async () => {
    const db = join(tempDir(), 'library.db');
    const text = 'Island Ferry Service Resumes After Repairs\n\nThe ferry between Port Elm and the islands resumed on Thursday after a week of repairs to the landing stage.\n\nOperators said the timetable would be back to normal by the weekend.\n';
    const url = 'https://www.presstv.ir/Detail/2022/01/13/ferry-service-resumes';
    const added = await runCli(db, ['add', '-', '--url', url], { stdin: text });
    expect(added.code, added.stderr).toBe(0);
    expect((await cliJson<ListJson>(db, ['list'])).readings).toMatchObject([{ url, outlet: 'Press TV', publishedAt: '2022-01-13' }]);
    const many = await runCli(db, ['add', '-', SEEDS, '--url', url], { stdin: text });
    expect([many.code, many.stderr.trim().split('\n')]).toEqual([1, [`readings: --url ${url}: names where one file or stdin text came from: give it with one such input [invalid_argument]`]]);
    const ftp = await runCli(db, ['add', '-', '--url', 'ftp://example.com/ferry'], { stdin: 'Another text.' });
    expect(ftp.code).toBe(1);
    expect(ftp.stderr).toMatch(/^readings: --url ftp:\/\/example\.com\/ferry: only http and https/u);
    expect((await cliJson<ListJson>(db, ['list'])).total).toBe(1);
  });

  it('extracts on the main thread a page too large for a worker\'s heap, and stores it like the rest', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const paragraph = (i: number): string => `<p>Paragraph ${i} of a very long report on the withdrawal of troops, with its <a href="/x/${i}">sources</a> and <em>figures</em>.</p>`;
    const page = (title: string, paragraphs: number): string =>
      `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('')}</article></body></html>`;
    const items = [
      { url: 'https://example.org/huge', html: page('A huge page', 40_000) },
      ...[1, 2, 3].map((n) => ({ url: `https://example.org/small/${n}`, html: page(`Small page ${n}`, 30) })),
    ];
    writeFileSync(join(dir, 'items.jsonl'), items.map((i) => JSON.stringify(i)).join('\n'));
    const r = await runCli(db, ['add', '--defer-stories', join(dir, 'items.jsonl')], { env: { READINGS_WORKERS: '1', READINGS_WORKER_HEAP_MB: '16' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('4 added');
    const list = await cliJson<ListJson>(db, ['list']);
    const huge = list.readings.find((x) => x.url === 'https://example.org/huge');
    expect(huge?.wordCount).toBeGreaterThan(40_000 * 15);
  }, 120_000);

  it('Ctrl-C during a bulk add stores the inputs in hand and exits 130: what it printed as added is in the library', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const text = readFileSync(join(SEEDS, '003_177d36f708b3b892.txt'), 'utf8');
    const items = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ url: `https://example.org/copy/${i}`, text }));
    writeFileSync(join(dir, 'many.jsonl'), `${items.join('\n')}\n`);
    let sent = false;
    const r = await runCli(db, ['add', '--defer-stories', join(dir, 'many.jsonl')], {
      onStdout: (out, child) => {
        if (!sent && out.includes('added')) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('interrupted');
    const printed = r.stdout.split('\n').filter((l) => l.startsWith('added')).length;
    expect(printed).toBeGreaterThan(0);
    expect(printed).toBeLessThan(2000);
    const list = await cliJson<{ total: number }>(db, ['list', '--limit', '1']);
    expect(list.total).toBe(printed);
  });

  it('ends quietly, exit 0, when the reader of its output goes away (`readings export | head`)', async () => {
    const { db, readings } = await seededLibrary();
    for (const args of [['export', '--format', 'jsonl'], ['list'], ['show', readings[0]!.id]]) {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, '--db', db, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(result, args.join(' ')).toEqual({ code: 0, stderr: '' });
    }
  });
});
