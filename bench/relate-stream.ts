/**
 * Stories of a stream: UCI's headlines arriving day by day, each added one at
 * a time through the real library (SQLite, its candidate index, the same
 * assignment as a single `add` or a feed entry), with and without the
 * background regrouping `watch` and the server do (the last week's stories
 * regrouped as a whole: here once at the end of each day). Scored with
 * ../shared/bench/cluster-eval.mjs beside the same library grouped as one
 * batch (a bulk import). Within a day the order is shuffled; only the
 * calendar day is used as time (the data set's README: no timestamp_ms, no
 * file order).
 *
 *   npx tsx bench/relate-stream.ts [--seed 1] [--limit N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import type { Reading } from '../src/domain/types.js';
import { addDays } from '../src/relate/day.js';
import { loadAnalyzer } from '../src/service/analyzer.js';
import { DEFAULT_RELATE, relateNewReading } from '../src/service/relate-reading.js';
import { regroup } from '../src/service/stories.js';
import { openStorage, type Storage } from '../src/store/storage.js';
import { loadUci, shuffled, type ClusterDoc } from './lib/cluster-data.js';

const COMMAND = 'npx tsx bench/relate-stream.ts';
const EVALUATOR = resolve('../shared/bench/cluster-eval.mjs');
const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const SEED = arg('--seed', 1);
const LIMIT = arg('--limit', Infinity);

function readingOf(d: ClusterDoc, createdAt: string): Reading {
  return {
    id: d.id, ref: d.id, category: 'uci', url: null, title: d.title, outlet: d.outlet, byline: null, language: 'en',
    publishedAt: d.day, createdAt, updatedAt: createdAt, lastReadAt: null, readCount: 0,
    wordCount: d.title.split(/\s+/u).length, readingMinutes: 1, contentHash: `uci-${d.id}`, text: d.title, html: null,
    format: 'text', extractionStatus: 'ok', extractionError: null, extractionErrorCode: null,
  };
}

function score(gold: string, storage: Storage, docs: readonly ClusterDoc[], out: string): string {
  writeFileSync(out, docs.map((d) => JSON.stringify({ id: d.id, cluster: storage.relate.storyOf(d.id) ?? `none-${d.id}` })).join('\n') + '\n');
  return execFileSync(process.execPath, [EVALUATOR, '--gold', gold, '--pred', out], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
}

async function stream(docs: readonly ClusterDoc[], consolidate: boolean, dir: string): Promise<{ storage: Storage; seconds: number; regroupSeconds: number; changed: number }> {
  const storage = openStorage(join(dir, `${consolidate ? 'regrouped' : 'one-at-a-time'}.db`));
  const analyze = await loadAnalyzer();
  const byDay = new Map<string, ClusterDoc[]>();
  for (const d of docs) byDay.set(d.day ?? '', [...(byDay.get(d.day ?? '') ?? []), d]);
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true, format: `${consolidate ? 'with' : 'without'} background regrouping [{bar}] {value}/{total}` }, cliProgress.Presets.shades_classic) : null;
  bar?.start(docs.length, 0);
  let n = 0;
  let regroupMs = 0;
  let changed = 0;
  const t0 = performance.now();
  for (const day of [...byDay.keys()].sort()) {
    for (const d of shuffled(byDay.get(day)!, SEED)) {
      const r = readingOf(d, `${day}T12:00:00Z`);
      storage.transaction(() => {
        storage.readings.insert(r, r.id, { readingId: r.id, bytes: new TextEncoder().encode(r.text), contentType: 'text/plain', label: r.id });
        relateNewReading(storage.relate, r, analyze(r), DEFAULT_RELATE, () => crypto.randomUUID());
      });
      bar?.update(++n);
    }
    if (consolidate) {
      const t1 = performance.now();
      changed += regroup(storage, DEFAULT_RELATE, null, { since: addDays(day, -DEFAULT_RELATE.windowDays), storiesOnly: true, now: new Date(`${day}T23:00:00Z`) }).changed;
      regroupMs += performance.now() - t1;
    }
  }
  bar?.stop();
  return { storage, seconds: (performance.now() - t0) / 1000, regroupSeconds: regroupMs / 1000, changed };
}

async function main(): Promise<void> {
  const uci = loadUci();
  // A smaller run takes a random sample (the file is in day order) and scores it against its own gold lines.
  const docs = Number.isFinite(LIMIT) ? shuffled(uci.docs, SEED).slice(0, LIMIT) : uci.docs;
  const dir = mkdtempSync(join(tmpdir(), 'readings-stream-'));
  const ids = new Set(docs.map((d) => d.id));
  const gold = Number.isFinite(LIMIT) ? join(dir, 'gold.jsonl') : uci.gold;
  if (gold !== uci.gold) writeFileSync(gold, readFileSync(uci.gold, 'utf8').split('\n').filter((l) => l && ids.has(String((JSON.parse(l) as { id: unknown }).id))).join('\n') + '\n');
  const days = new Set(docs.map((d) => d.day)).size;
  console.log(`UCI dev: ${docs.length} headlines over ${days} days, day by day, shuffled within a day (seed ${SEED})`);
  try {
    const plain = await stream(docs, false, dir);
    console.log(`one at a time (add, feed entries):       ${score(gold, plain.storage, docs, join(dir, 'plain.jsonl'))}  [${plain.seconds.toFixed(1)} s]`);
    const regrouped = await stream(docs, true, dir);
    console.log(`+ last week regrouped after each day:    ${score(gold, regrouped.storage, docs, join(dir, 'regrouped.jsonl'))}  [${regrouped.seconds.toFixed(1)} s, of which regrouping ${regrouped.regroupSeconds.toFixed(1)} s; ${regrouped.changed} story changes]`);
    const analyze = await loadAnalyzer();
    const t0 = performance.now();
    regroup(plain.storage, DEFAULT_RELATE, analyze, {});
    console.log(`baseline, all of it grouped as one batch: ${score(gold, plain.storage, docs, join(dir, 'batch.jsonl'))}  [regroup ${((performance.now() - t0) / 1000).toFixed(1)} s]`);
    plain.storage.close();
    regrouped.storage.close();
    console.log(`reproduce: ${COMMAND} --seed ${SEED}${Number.isFinite(LIMIT) ? ` --limit ${LIMIT}` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
