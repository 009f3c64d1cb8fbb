/**
 * Story grouping at scale, end to end through the real library: the UCI News
 * Aggregator dev headlines (34,914, shuffled, calendar day only) ingested by
 * `readings add` (JSONL: title as text, day as published) into fresh
 * libraries of 5k, 10k, 20k and all of them, each timed as a whole process
 * with its peak RSS; then the stories of the full library scored with
 * ../shared/bench/cluster-eval.mjs, and `similar` timed for 1,000 random
 * readings. Targets: all 34,914 in <= 60 s and <= 1 GB; similar p95 <= 20 ms;
 * time near-linear in the size.
 *
 *   npm run build && npx tsx bench/relate-scale.ts [--sizes 5000,10000,20000,34914] [--seed 1]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { loadUci, shuffled } from './lib/cluster-data.js';
import { readingsCli, storyPredictions } from './lib/readings-cli.js';
import { median, runMeasured } from './lib/run-measured.js';
import { DEFAULT_RELATE } from '../src/service/relate-reading.js';
import { similarReadings } from '../src/service/similar.js';
import { openStorage } from '../src/store/storage.js';

const COMMAND = 'npm run build && npx tsx bench/relate-scale.ts';
const EVALUATOR = resolve('../shared/bench/cluster-eval.mjs');
const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const SEED = Number(arg('--seed', '1'));
const uci = loadUci();
const SIZES = arg('--sizes', `5000,10000,20000,${uci.docs.length}`).split(',').map(Number);
const SIMILAR_SAMPLES = 1000;
function timeSimilar(db: string): { n: number; p50: number; p95: number; max: number } {
  const storage = openStorage(db);
  try {
    const ids = shuffled([...storage.readings.iterate({})].map((r) => r.id), SEED + 1).slice(0, SIMILAR_SAMPLES);
    const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true, format: 'similar [{bar}] {value}/{total}' }, cliProgress.Presets.shades_classic) : null;
    bar?.start(ids.length, 0);
    const ms: number[] = [];
    for (const id of ids) {
      const t0 = performance.now();
      similarReadings(storage, id, 10, DEFAULT_RELATE);
      ms.push(performance.now() - t0);
      bar?.increment();
    }
    bar?.stop();
    ms.sort((a, b) => a - b);
    const at = (p: number): number => ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)]!;
    return { n: ms.length, p50: median(ms), p95: at(95), max: ms[ms.length - 1]! };
  } finally {
    storage.close();
  }
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'readings-scale-'));
  const docs = shuffled(uci.docs, SEED);
  console.log(`UCI dev: ${uci.docs.length} headlines, shuffled (seed ${SEED}); ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start`);
  try {
    let last = '';
    const rows: string[] = [];
    for (const size of SIZES) {
      const input = join(scratch, `uci-${size}.jsonl`);
      writeFileSync(input, docs.slice(0, size).map((d) => JSON.stringify({ url: `https://uci.example/${d.id}`, text: d.title, title: d.title, published: d.day, ref: d.id })).join('\n') + '\n');
      const db = join(scratch, `library-${size}.db`);
      process.stderr.write(`ingesting ${size} headlines…\n`);
      const run = await runMeasured('node', ['bin/readings.js', '--db', db, 'add', input]);
      if (run.exitCode !== 0 && run.exitCode !== 2) throw new Error(`readings add exited ${run.exitCode}: ${run.stderr.slice(-2000)}`);
      const stored = (JSON.parse(readingsCli(db, ['list', '--json', '--limit', '1'])) as { total: number }).total;
      if (stored !== size) process.stderr.write(`${size - stored} headlines not stored:\n${run.stderr.split('\n').filter((l) => l.includes('[')).slice(0, 10).join('\n')}\n`);
      const row = `  ${String(size).padStart(6)} headlines (${stored} stored): ${run.seconds.toFixed(1)} s wall (${(size / run.seconds).toFixed(0)}/s, ${(run.seconds / size * 1000).toFixed(2)} ms each)` +
        `${run.cpuSeconds ? `, ${run.cpuSeconds.toFixed(1)} CPU-s` : ''}, peak RSS ${run.peakRssMb.toFixed(0)} MB`;
      rows.push(row);
      console.log(row);
      last = db;
    }
    const pred = join(scratch, 'pred.jsonl');
    const stories = storyPredictions(last, pred);
    const scoreLine = execFileSync(process.execPath, [EVALUATOR, '--gold', uci.gold, '--pred', pred], { encoding: 'utf8' }).trim().split('\n').at(-1);
    console.log(`stories of the ${SIZES.at(-1)}-reading library (as 'readings add' left them: a bulk add groups its batch at the end): ${stories} stories; ${scoreLine}`);
    const similar = timeSimilar(last);
    console.log(`similar, ${similar.n} random readings of it: p50 ${similar.p50.toFixed(2)} ms, p95 ${similar.p95.toFixed(2)} ms, max ${similar.max.toFixed(1)} ms (target p95 <= 20 ms)`);
    console.log(`targets: all ${uci.docs.length} in <= 60 s and <= 1024 MB peak RSS; growth near-linear (ms each above)`);
    console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`reproduce: ${COMMAND} --sizes ${SIZES.join(',')} --seed ${SEED}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
