/**
 * Load on the REST API (a benchmark, not a CI test): a library of 10,000
 * readings served by `readings serve` (its own process), 200 concurrent
 * clients listing, opening and searching readings for 30 s while one more
 * client adds readings (URL-less text through POST /api/v1/readings, as a
 * browser extension would). Target: zero errors, p95 ≤ 100 ms for reads.
 *
 * Two runs: "paced", each client sending `--rate` requests per second on
 * average, with random think time between them (people reading; see
 * lib/paced-clients.ts; the target applies here), and "saturated", the same
 * clients with no think time, each sending its next request as soon as the
 * last one is answered (the server's capacity; latency there is queueing:
 * ≈ clients ÷ throughput). Both use the same undici clients: autocannon, used
 * before, left some of its connections without an answer for 10 s (timeouts)
 * while the server answered every request of these clients within 0.8 s.
 *
 *   npm run build && npx tsx bench/api-load.ts [--readings 10000] [--clients 200] [--seconds 30] [--rate 2] [--library DIR] [--writer 0] [--profile DIR] [--show-slow]
 *
 * The library is made by ingesting the NeuS/AllSides clusters (JSONL,
 * `readings add`; 11,000 distinct reports in 2,759 stories) and kept in DIR
 * for the next run; the writer adds the extraction benchmark's full-length
 * text dumps under new URLs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { EXTRACTION, SHARED, extractionItems } from './lib/extraction-data.js';
import { runPacedClients } from './lib/paced-clients.js';
import { readingsCli } from './lib/readings-cli.js';

const COMMAND = 'npm run build && npx tsx bench/api-load.ts';
const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const READINGS = Number(arg('--readings', '10000'));
const CLIENTS = Number(arg('--clients', '200'));
const SECONDS = Number(arg('--seconds', '30'));
const RATE = Number(arg('--rate', '2'));
/** `--writer 0` leaves the writer out, to see what the adds cost the reads. */
const WRITER = arg('--writer', '1') !== '0';
const WARM_UP_SECONDS = 3;
/** `--show-slow` prints every paced request slower than 500 ms (when, how long, which path): bursts vs stalls. */
const SHOW_SLOW = argv.includes('--show-slow');
/** `--profile DIR` writes the server's CPU profile there (node --cpu-prof) when it stops. */
const PROFILE_DIR = arg('--profile', '');
const LIBRARY_DIR = arg('--library', join(tmpdir(), `readings-api-load-${READINGS}`));
const CLI = ['bin/readings.js'];
const ADMIN_PASSWORD = 'api-load admin password';

const texts = extractionItems().map((item) => readFileSync(join(EXTRACTION, 'text', `${item.id}.txt`), 'utf8'));


/**
 * Distinct articles for the library: the NeuS/AllSides clusters (three
 * outlets' reports of one story each, and the editors' roundup), so that the
 * library has the story structure of a real one: thousands of small stories,
 * not one text copied many times.
 */
function libraryItems(): { url: string; title: string; text: string }[] {
  const items: { url: string; title: string; text: string }[] = [];
  const lines = readFileSync(join(SHARED, 'data/neus-allsides-mds/dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const cluster = JSON.parse(line) as { cluster_id: string; documents: { title: string; text: string }[]; reference: { title: string; text: string } };
    for (const [k, doc] of [...cluster.documents, cluster.reference].entries()) {
      if (doc.text.split(/\s+/).length >= 5) items.push({ url: `https://load.example/${cluster.cluster_id}/${k}`, title: doc.title, text: doc.text });
    }
  }
  return items;
}

/** The library of `READINGS` readings, made once and reused. */
function ensureLibrary(): { db: string; count: number; buildSeconds: number | null } {
  mkdirSync(LIBRARY_DIR, { recursive: true });
  const db = join(LIBRARY_DIR, 'library.db');
  const count = (): number => (existsSync(db) ? (JSON.parse(readingsCli(db, ['list', '--limit', '1', '--json'])) as { total: number }).total : 0);
  const have = count();
  if (have >= READINGS) return { db, count: have, buildSeconds: null };
  const items = libraryItems();
  if (items.length < READINGS) throw new Error(`only ${items.length} distinct articles to make the library from`);
  const jsonl = join(LIBRARY_DIR, 'readings.jsonl');
  writeFileSync(jsonl, `${items.slice(0, READINGS).map((item) => JSON.stringify(item)).join('\n')}\n`);
  process.stderr.write(`building the library: ${READINGS} readings into ${db} (readings add, JSONL; already-stored ones are skipped)…\n`);
  const t0 = performance.now();
  // Exit 2 is a partial import (a few items stored with their extraction failure): the library is still built.
  const run = spawnSync('node', [...CLI, '--db', db, 'add', jsonl], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, READINGS_DB: '' } });
  if (run.status !== 0 && run.status !== 2) throw new Error(`building the library failed: readings add exited with ${run.status ?? run.signal}`);
  return { db, count: count(), buildSeconds: (performance.now() - t0) / 1000 };
}

function startServe(db: string): Promise<{ url: string; child: ChildProcess }> {
  const flags = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn('node', [...flags, ...CLI, '--db', db, 'serve', '--port', '0'], { env: { ...process.env, READINGS_DB: '', READINGS_ADMIN_PASSWORD: ADMIN_PASSWORD }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/[^\s]+) /.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`readings serve exited ${code}: ${out}`)));
  });
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

interface ReadRun {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

/**
 * The read mix: 40% list pages (the first ten pages, as people page; one in
 * four filtered to unread), 30% one reading in full, 30% searches. (Deep
 * pages cost more: the repository pages with OFFSET, linear in the offset.)
 */
function readPaths(ids: string[], terms: string[]): () => string {
  let n = 0;
  return () => {
    n++;
    const r = (n * 7919) % 100;
    const offset = ((n * 37) % 10) * 20;
    if (r < 30) return `/api/v1/readings?limit=20&offset=${offset}`;
    if (r < 40) return `/api/v1/readings?limit=20&unread=true&offset=${offset}`;
    if (r < 70) return `/api/v1/readings/${ids[n % ids.length]}`;
    return `/api/v1/search?limit=10&q=${encodeURIComponent(terms[n % terms.length]!)}`;
  };
}

async function readLoad(url: string, token: string, paths: () => string, rate: number, seconds = SECONDS): Promise<ReadRun> {
  const run = await runPacedClients({ url, clients: CLIENTS, rate, seconds, headers: { authorization: `Bearer ${token}` }, path: paths });
  if (SHOW_SLOW) for (const x of run.slow) process.stderr.write(`slow ${x.at.toFixed(0)} ms ${x.ms.toFixed(0)} ms ${x.path}\n`);
  return readRun(run.latencies, seconds, run);
}

function readRun(latencies: number[], seconds: number, counts: Pick<ReadRun, 'errors' | 'non2xx' | 'timeouts'>): ReadRun {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    errors: counts.errors,
    non2xx: counts.non2xx,
    timeouts: counts.timeouts,
  };
}

/** One client adding readings, one after the other, until the read load stops. */
async function writer(url: string, token: string, until: () => boolean): Promise<{ added: number; errors: number; p50: number; p95: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let i = 0;
  const run = `${Date.now()}`;
  while (!until()) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/v1/readings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: `https://load.example/new/${run}/${i}`, text: texts[i % texts.length] }),
    }).catch(() => null);
    i++;
    if (!res || res.status !== 201) errors++;
    await res?.arrayBuffer();
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  return { added: latencies.length - errors, errors, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

async function measure(label: string, url: string, token: string, paths: () => string, rate: number) {
  let done = false;
  const write = WRITER ? writer(url, token, () => done) : Promise.resolve({ added: 0, errors: 0, p50: NaN, p95: NaN });
  // The load comes from this process: if its own event loop stalls, every latency it measures grows.
  const clientDelay = monitorEventLoopDelay({ resolution: 10 });
  clientDelay.enable();
  const reads = await readLoad(url, token, paths, rate);
  clientDelay.disable();
  done = true;
  const writes = await write;
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  const errors = reads.errors + reads.non2xx + writes.errors;
  console.log(`\n${label}: ${CLIENTS} clients${rate > 0 ? ` × ${rate} req/s` : ', no think time'}, ${SECONDS} s, ${WRITER ? 'one writer' : 'no writer'}`);
  console.log(`  reads   ${reads.requests} requests (${reads.rps.toFixed(0)}/s)  p50 ${ms(reads.p50)}  p95 ${ms(reads.p95)}  p99 ${ms(reads.p99)}  max ${ms(reads.max)}`);
  console.log(`  writes  ${writes.added} readings added  p50 ${ms(writes.p50)}  p95 ${ms(writes.p95)}`);
  console.log(`  client  event-loop delay of this load generator: p99 ${ms(clientDelay.percentile(99) / 1e6)}, max ${ms(clientDelay.max / 1e6)}`);
  console.log(`  errors  ${errors} (connection ${reads.errors}, of which timeouts ${reads.timeouts}; non-2xx ${reads.non2xx}; writer ${writes.errors})`);
  console.log(`  target  zero errors ${errors === 0 ? 'met' : 'NOT met'}; p95 ≤ 100 ms for reads ${reads.p95 <= 100 ? 'met' : 'NOT met'}`);
  return { reads, writes, errors };
}

async function main(): Promise<void> {
  const library = ensureLibrary();
  const { url, child } = await startServe(library.db);
  try {
    const token = (JSON.parse(readingsCli(library.db, ['token', 'create', '--name', 'api-load', '--json'])) as { token: string }).token;
    const list = (await (await fetch(`${url}/api/v1/readings?limit=1000`, { headers: { authorization: `Bearer ${token}` } })).json()) as { readings: { id: string; title: string }[] };
    const ids = list.readings.map((r) => r.id);
    const words = new Set<string>();
    for (const r of list.readings) for (const w of r.title.split(/\W+/)) if (w.length >= 6) words.add(w.toLowerCase());
    const terms = [...words].slice(0, 200);
    const paths = readPaths(ids, terms);
    console.log(`API load: ${library.count} readings in ${library.db}${library.buildSeconds ? ` (built in ${library.buildSeconds.toFixed(0)} s)` : ''}; server ${url}; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start`);
    console.log(`  read mix: 40% list pages 1-10 (a quarter of them unread-filtered), 30% one reading in full, 30% full-text searches (${terms.length} title words)`);
    // A server that has just started loads modules and compiles its hot paths on
    // the first requests (and its writer thread loads the language model on the first add):
    // a few seconds of the same load first, not counted.
    let warm = false;
    const warmWriter = WRITER ? writer(url, token, () => warm) : Promise.resolve(null);
    await readLoad(url, token, paths, RATE, WARM_UP_SECONDS);
    warm = true;
    await warmWriter;
    console.log(`  warm-up ${WARM_UP_SECONDS} s of the paced load, not counted`);
    const paced = await measure('paced', url, token, paths, RATE);
    const saturated = await measure('saturated', url, token, paths, 0);
    console.log(`\nreproduce: ${COMMAND} --readings ${READINGS} --clients ${CLIENTS} --seconds ${SECONDS} --rate ${RATE}${WRITER ? '' : ' --writer 0'} --library ${LIBRARY_DIR}`);
    if (paced.errors > 0 || paced.reads.p95 > 100) process.exitCode = 1;
    void saturated;
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
