/**
 * Feed refresh end to end: 200 feeds x 50 entries served from 127.0.0.1 by this
 * script's own server (real ETag / 304), entries linking to local article pages
 * built from ../shared/data/extraction/html. The real CLI refreshes them into a
 * fresh library (first refresh: fetch, parse, full text where the feed has a
 * teaser, extract, store, relate), then again when every feed answers 304.
 * Baseline, same run: `readings add` of the same entries of the first feeds as
 * JSONL (the ingest pipeline without the feed layer), in entries per second.
 * Targets: first refresh <= 60 s, all-304 refresh <= 3 s, peak RSS <= 500 MB.
 *
 *   npm run build && npx tsx bench/feeds-refresh.ts [--feeds 200] [--entries 50] [--teaser-share 0.1] [--baseline-feeds 10]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTION, extractionItems } from './lib/extraction-data.js';
import { runMeasured } from './lib/run-measured.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const FEEDS = arg('--feeds', 200);
const ENTRIES = arg('--entries', 50);
const TEASER_SHARE = arg('--teaser-share', 0.1);
const BASELINE_FEEDS = arg('--baseline-feeds', 10);
const COMMAND = `npm run build && npx tsx bench/feeds-refresh.ts --feeds ${FEEDS} --entries ${ENTRIES} --teaser-share ${TEASER_SHARE} --baseline-feeds ${BASELINE_FEEDS}`;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pages = extractionItems().map((it) => ({
  html: readFileSync(join(EXTRACTION, 'html', `${it.id}.html`)),
  paragraphs: readFileSync(join(EXTRACTION, 'truth', `${it.id}.txt`), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
}));

interface Entry { guid: string; link: string; title: string; teaser: boolean; body: string }
function entry(origin: string, f: number, e: number): Entry {
  const n = f * ENTRIES + e;
  const page = pages[n % pages.length]!;
  const teaser = (n * 7919) % 1000 < TEASER_SHARE * 1000;
  const first = page.paragraphs[0] ?? '';
  const title = `Dispatch ${f}-${e}: ${first.split(/\s+/).slice(0, 8).join(' ')}`;
  const body = teaser
    ? `<p>${esc(first.slice(0, 200))}…</p>`
    : [`Dispatch ${f}-${e} from the bench desk.`, ...page.paragraphs].map((p) => `<p>${esc(p)}</p>`).join('');
  return { guid: `f${f}-e${e}`, link: `${origin}/article/${f}/${e}`, title, teaser, body };
}

function feedXml(origin: string, f: number): string {
  const items = Array.from({ length: ENTRIES }, (_, e) => entry(origin, f, e));
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench outlet ${f}</title><link>${origin}/</link>${items
    .map((it, e) => `<item><title>${esc(it.title)}</title><link>${it.link}</link><guid isPermaLink="false">${it.guid}</guid><pubDate>${new Date(Date.UTC(2022, 0, 13, 9, e)).toUTCString()}</pubDate>${it.teaser ? `<description><![CDATA[${it.body}]]></description>` : `<description>${esc(it.title)}</description><content:encoded><![CDATA[${it.body}]]></content:encoded>`}</item>`)
    .join('')}</channel></rss>`;
}

async function main(): Promise<void> {
  const feedCache = new Map<number, Buffer>();
  let origin = '';
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    let m = /^\/feed\/(\d+)\.xml$/.exec(url);
    if (m) {
      const f = Number(m[1]);
      const body = feedCache.get(f) ?? Buffer.from(feedXml(origin, f));
      feedCache.set(f, body);
      const etag = `"bench-${f}-${body.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'cache-control': 'max-age=1800' }).end(body);
    }
    m = /^\/article\/(\d+)\/(\d+)$/.exec(url);
    if (m) {
      const page = pages[(Number(m[1]) * ENTRIES + Number(m[2])) % pages.length]!;
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'readings-feeds-bench-'));
  const cli = (db: string, args: string[]) => runMeasured('node', ['bin/readings.js', '--db', db, '--allow-private', ...args]);
  const total = (db: string): number => (JSON.parse(execFileSync('node', ['bin/readings.js', '--db', db, 'list', '--json', '--limit', '1'], { encoding: 'utf8' })) as { total: number }).total;
  try {
    const teasers = Array.from({ length: FEEDS * ENTRIES }, (_, n) => entry(origin, Math.floor(n / ENTRIES), n % ENTRIES)).filter((e) => e.teaser).length;
    process.stdout.write(`${FEEDS} feeds x ${ENTRIES} entries from ${origin}; ${teasers} teaser entries (article fetched), ${FEEDS * ENTRIES - teasers} full-content entries\n`);

    // Baseline: the same entries of the first feeds through `readings add` (JSONL: teasers as URLs, full content as HTML).
    const baseDb = join(dir, 'baseline.db');
    const jsonl = join(dir, 'baseline.jsonl');
    const lines: string[] = [];
    for (let f = 0; f < BASELINE_FEEDS; f++) {
      for (let e = 0; e < ENTRIES; e++) {
        const it = entry(origin, f, e);
        lines.push(JSON.stringify(it.teaser ? { url: it.link, title: it.title } : { url: it.link, html: `<html><head><title>${esc(it.title)}</title></head><body><article><h1>${esc(it.title)}</h1>${it.body}</article></body></html>`, title: it.title }));
      }
    }
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
    const base = await cli(baseDb, ['add', jsonl]);
    const baseRate = lines.length / base.seconds;
    process.stdout.write(`baseline: readings add, ${lines.length} entries of ${BASELINE_FEEDS} feeds as JSONL: ${base.seconds.toFixed(1)} s, ${baseRate.toFixed(1)} entries/s, peak RSS ${base.peakRssMb.toFixed(0)} MB (${total(baseDb)} stored)\n`);

    const db = join(dir, 'library.db');
    const opml = join(dir, 'feeds.opml');
    writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>${Array.from({ length: FEEDS }, (_, f) => `<outline type="rss" text="Bench ${f}" xmlUrl="${origin}/feed/${f}.xml"/>`).join('')}</body></opml>`);
    const imported = await cli(db, ['feeds', 'import', opml]);
    if (imported.exitCode !== 0) throw new Error(`import failed: ${imported.stderr.slice(-500)}`);
    const first = await cli(db, ['feeds', 'refresh', '--all']);
    const stored = total(db);
    if (first.exitCode !== 0) process.stderr.write(`first refresh exited ${first.exitCode}:\n${first.stderr.slice(-1500)}\n`);
    process.stdout.write(`first refresh: ${first.seconds.toFixed(1)} s end to end (target <= 60 s) ${first.seconds <= 60 ? 'OK' : 'MISSED'}; ${stored} readings stored, ${(stored / first.seconds).toFixed(1)} entries/s (baseline ${baseRate.toFixed(1)}); peak RSS ${first.peakRssMb.toFixed(0)} MB (target <= 500 MB) ${first.peakRssMb <= 500 ? 'OK' : 'MISSED'}\n`);
    const second = await cli(db, ['feeds', 'refresh', '--all']);
    const notModified = (second.stdout.match(/not modified/g) ?? []).length;
    process.stdout.write(`second refresh (every feed 304): ${second.seconds.toFixed(2)} s (target <= 3 s) ${second.seconds <= 3 ? 'OK' : 'MISSED'}; ${notModified}/${FEEDS} not modified; peak RSS ${second.peakRssMb.toFixed(0)} MB; ${total(db)} readings (unchanged: ${total(db) === stored})\n`);
    process.stdout.write(`reproduce: ${COMMAND}\n`);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
