/**
 * Benchmark: story grouping on ECB+, UCI News Aggregator and NEUS, scored by
 * ../shared/bench/cluster-eval.mjs, beside a TF-IDF average-link baseline
 * computed in the same run.
 *
 * Ours runs the incremental path: each document is analyzed, then added one
 * by one (shuffled) through the in-memory RelateIndex: findSimilar ->
 * assignStory -> add. With --batch, groupStories (the full regroup) too, and
 * the incremental path regrouped as a whole each time it grew by a quarter
 * (what a library built by one `add` at a time gets).
 * UCI uses titles and calendar days only (no timestamp_ms, no category, no
 * file order).
 *
 *   npx tsx bench/relate-stories.ts [--set ecb|uci|neus|neus-pools|all] [--seed N] [--batch] [--no-baseline] [--no-crowd]
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { analyze } from '../src/relate/analyze.js';
import { DEFAULT_ASSIGN } from '../src/relate/assign-story.js';
import { DEFAULT_HALF_LIFE_DAYS } from '../src/relate/time-decay.js';
import { DEFAULT_SHARED_NEIGHBOURS, type GroupOptions, type SharedNeighbours } from '../src/relate/group-stories.js';
import { REGROUP_GROWTH_SHARE } from '../src/service/feeds/regroup-recent.js';
import { DEFAULT_SUBJECT_DISCOUNT, type SubjectDiscount } from '../src/relate/subject-terms.js';
import { createNlp } from '../src/relate/nlp.js';
import type { Features } from '../src/relate/types.js';
import { baselineLabels } from './relate-baseline.js';
import { loadClusterSet, NEUS_POOLS, shuffled } from './lib/cluster-data.js';
import { clusterScore, writeLabels } from './lib/cluster-eval.js';
import { groupIncrementally, groupBatch, type IncrementalOptions } from './relate-run.js';


/** Sets larger than this skip the one-at-a-time path regrouped as it grows. */
const GROWN_MAX_DOCS = 10_000;

interface Args {
  sets: string[];
  seed: number;
  batch: boolean;
  baseline: boolean;
  out: string;
  threshold: number;
  halfLife: number;
  linkCap: number | undefined;
  snn: SharedNeighbours | false;
  candidates: number | undefined;
  subject: SubjectDiscount | false;
  crowd: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const set = value('--set') ?? 'all';
  return {
    sets: set === 'all' ? ['ecb', 'uci', 'neus'] : set.split(',').flatMap((s) => (s === 'neus-pools' ? Array.from({ length: NEUS_POOLS }, (_, k) => `neus-pool-${k}`) : [s])),
    seed: Number(value('--seed') ?? 1),
    batch: argv.includes('--batch'),
    baseline: !argv.includes('--no-baseline'),
    out: value('--out') ?? mkdtempSync(join(tmpdir(), 'readings-relate-')),
    threshold: Number(value('--threshold') ?? DEFAULT_ASSIGN.threshold),
    halfLife: Number(value('--half-life') ?? DEFAULT_HALF_LIFE_DAYS),
    linkCap: value('--link-cap') === undefined ? undefined : Number(value('--link-cap')),
    snn: Number(value('--snn-mix') ?? DEFAULT_SHARED_NEIGHBOURS.mix) > 0 ? { k: Number(value('--snn-k') ?? DEFAULT_SHARED_NEIGHBOURS.k), mix: Number(value('--snn-mix') ?? DEFAULT_SHARED_NEIGHBOURS.mix), floor: Number(value('--snn-floor') ?? DEFAULT_SHARED_NEIGHBOURS.floor), relative: Number(value('--snn-relative') ?? DEFAULT_SHARED_NEIGHBOURS.relative) } : false,
    candidates: value('--candidates') === undefined ? undefined : Number(value('--candidates')),
    crowd: !argv.includes('--no-crowd'),
    subject: Number(value('--subject-lambda') ?? DEFAULT_SUBJECT_DISCOUNT.lambda) > 0 ? { k: Number(value('--subject-k') ?? DEFAULT_SUBJECT_DISCOUNT.k), lambda: Number(value('--subject-lambda') ?? DEFAULT_SUBJECT_DISCOUNT.lambda) } : false,
  };
}

function progress(total: number, label: string): cliProgress.SingleBar | null {
  if (!process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true, format: `${label} [{bar}] {value}/{total}` }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return bar;
}

/** B³-F1 of each way of grouping a set, by the way's name. */
type SetScores = Map<string, number>;

const b3 = (line: string): number => Number(/B3-F1 ([\d.]+)/.exec(line)?.[1] ?? NaN);

function runSet(name: string, args: Args): SetScores {
  const scores: SetScores = new Map();
  const set = loadClusterSet(name, args.out);
  const nlp = createNlp();
  const order = shuffled(set.docs, args.seed);
  let bar = progress(order.length, `${name} analyze`);
  const t0 = performance.now();
  const features = new Map<string, Features>();
  for (const d of order) {
    features.set(d.id, analyze({ title: d.title, text: d.text, outlet: d.outlet, publishedAt: d.day, language: 'en' }, { nlp }));
    bar?.increment();
  }
  bar?.stop();
  const analyzeMs = performance.now() - t0;
  console.log(`\n== ${name}: ${order.length} documents; analyze ${(analyzeMs / 1000).toFixed(1)} s (${((analyzeMs / order.length) * 1000).toFixed(0)} µs/doc)`);

  bar = progress(order.length, `${name} incremental`);
  const docs = order.map((d) => ({ id: d.id, features: features.get(d.id)! }));
  // The same one-at-a-time assignment for the incremental path alone and regrouped as it grows.
  const oneAtATime: IncrementalOptions = { crowd: args.crowd, assign: { threshold: args.threshold, ...(args.linkCap === undefined ? {} : { linkCap: args.linkCap }) }, similar: { halfLifeDays: args.halfLife, ...(args.candidates === undefined ? {} : { candidateLimit: args.candidates }) } };
  const inc = groupIncrementally(docs, { ...oneAtATime, onAdd: () => bar?.increment() });
  bar?.stop();
  const incPath = join(args.out, `${name}-incremental.jsonl`);
  writeLabels(incPath, inc.labels);
  const incScore = clusterScore(set.gold, incPath);
  scores.set('ours, incremental', b3(incScore));
  console.log(`ours, incremental (add one by one, shuffled seed ${args.seed}): ${incScore}`);
  console.log(`  time per add: ${inc.checkpoints.map((c) => `${c.n}: ${c.usPerAdd.toFixed(0)} µs`).join(', ')}; total ${(inc.totalMs / 1000).toFixed(1)} s`);
  if (name === 'ecb') console.log(`  against topic_id: ${clusterScore(set.gold, incPath, ['--gold-field', 'topic_id'])}`);

  const groupOptions: GroupOptions = { threshold: args.threshold, halfLifeDays: args.halfLife, sharedNeighbours: args.snn, subjectDiscount: args.subject, crowdedSubjects: args.crowd, ...(args.candidates === undefined ? {} : { candidateLimit: args.candidates }) };
  if (args.batch) {
    const t1 = performance.now();
    const batch = groupBatch([...features].map(([id, f]) => ({ id, features: f })), groupOptions);
    const batchPath = join(args.out, `${name}-batch.jsonl`);
    writeLabels(batchPath, batch);
    const batchScore = clusterScore(set.gold, batchPath);
    scores.set('ours, batch', b3(batchScore));
    console.log(`ours, batch (groupStories, ${((performance.now() - t1) / 1000).toFixed(1)} s): ${batchScore}`);
    if (name === 'ecb') console.log(`  against topic_id: ${clusterScore(set.gold, batchPath, ['--gold-field', 'topic_id'])}`);

    // What readings added by one `add` each end as: the library regroups them as a whole as it grows
    // (each regrouping here groups every document so far: minutes for UCI's 35k, so not for it).
    if (order.length <= GROWN_MAX_DOCS) scores.set('ours, one at a time, regrouped as it grows', runGrown(name, set.gold, docs, args, { ...oneAtATime, group: groupOptions }));
  }

  if (args.baseline) {
    const t2 = performance.now();
    const base = baselineLabels(set);
    const basePath = join(args.out, `${name}-baseline.jsonl`);
    writeLabels(basePath, base);
    const baseScore = clusterScore(set.gold, basePath);
    scores.set('baseline', b3(baseScore));
    console.log(`baseline TF-IDF average-link (${((performance.now() - t2) / 1000).toFixed(1)} s): ${baseScore}`);
    if (name === 'ecb') console.log(`  against topic_id: ${clusterScore(set.gold, basePath, ['--gold-field', 'topic_id'])}`);
  }
  return scores;
}

/** The incremental path regrouped as a whole each time it grew by REGROUP_GROWTH_SHARE, as the library does; its B³-F1. */
function runGrown(name: string, gold: string, docs: { id: string; features: Features }[], args: Args, options: IncrementalOptions): number {
  const t0 = performance.now();
  const bar = progress(docs.length, `${name} one at a time, regrouped`);
  const grown = groupIncrementally(docs, { ...options, regroupShare: REGROUP_GROWTH_SHARE, onAdd: () => bar?.increment() });
  bar?.stop();
  const path = join(args.out, `${name}-regrouped-as-it-grows.jsonl`);
  writeLabels(path, grown.labels);
  const score = clusterScore(gold, path);
  console.log(`ours, one at a time, regrouped each time it grew by ${REGROUP_GROWTH_SHARE * 100} % (${grown.regroups} regroupings, ${((performance.now() - t0) / 1000).toFixed(1)} s): ${score}`);
  return b3(score);
}

/** The mean (and range) of each way's B³-F1 over the NEUS pools run. */
function summarizePools(results: Map<string, SetScores>): void {
  const pools = [...results].filter(([name]) => name.startsWith('neus-pool-'));
  if (pools.length < 2) return;
  console.log(`
== NEUS, ${pools.length} pools of the held-out split's size (307 clusters each; pool 8 is val): mean B3-F1 [min, max]`);
  for (const way of pools[0]![1].keys()) {
    const values = pools.map(([, s]) => s.get(way)!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    console.log(`${way}: ${mean.toFixed(4)} [${Math.min(...values).toFixed(4)}, ${Math.max(...values).toFixed(4)}]`);
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  const results = new Map<string, SetScores>();
  for (const name of args.sets) results.set(name, runSet(name, args));
  summarizePools(results);
  console.log(`\npredictions in ${args.out}\nreproduce: npx tsx bench/relate-stories.ts ${process.argv.slice(2).join(' ')}`.trimEnd());
}

main();
