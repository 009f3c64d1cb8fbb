/**
 * Story grouping through the real library, as a user gets it: the ECB+ and
 * NEUS documents written as a JSONL file of what a user would give
 * (ECB+: the text alone, it has no headlines; NEUS: title and text),
 * shuffled, `readings add` into a fresh library (a bulk import, grouped as a
 * batch), then `readings stories --json` scored by
 * ../shared/bench/cluster-eval.mjs. Beside it, from the same run: the
 * in-memory harness's batch grouping of the same documents (what
 * `bench/relate-stories.ts --batch` reports) and the TF-IDF average-link
 * baseline. The two ours should agree: when they do not, the harness is not
 * measuring the product. UCI goes through the library in `bench/relate-scale.ts`.
 *
 * With --one-by-one, each document goes in by a `readings add` of its own, as
 * a user adding articles one at a time (slow: a process each; ECB+ ~8 min).
 *
 *   npm run build && npx tsx bench/relate-cli.ts [--set ecb,neus,neus-pool-8] [--seed 1] [--one-by-one]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/relate/analyze.js';
import { createNlp } from '../src/relate/nlp.js';
import { loadClusterSet, shuffled } from './lib/cluster-data.js';
import { clusterScore, writeLabels } from './lib/cluster-eval.js';
import { storyPredictions } from './lib/readings-cli.js';
import { runMeasured } from './lib/run-measured.js';
import { baselineLabels } from './relate-baseline.js';
import { groupBatch } from './relate-run.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const SETS = arg('--set', 'ecb,neus,neus-pool-8').split(',');
const SEED = Number(arg('--seed', '1'));
/** One `readings add` per document (a file each), as a user adding articles one by one: slow (a process each). */
const ONE_BY_ONE = argv.includes('--one-by-one');

const score = (gold: string, pred: string): string => clusterScore(gold, pred).replace(/^clustering: /, '');

async function runSet(name: string, dir: string): Promise<void> {
  const set = loadClusterSet(name, dir);
  const order = shuffled(set.docs, SEED);
  // What a user would give: ECB+'s documents have no headline (the loader's title is the one `add` makes of the text).
  const input = join(dir, `${name}.jsonl`);
  writeFileSync(input, order.map((d) => JSON.stringify(name === 'ecb' ? { text: d.text, ref: d.id } : { title: d.title, text: d.text, ref: d.id })).join('\n') + '\n');
  const db = join(dir, `${name}.db`);
  process.stderr.write(`${name}: readings add of ${order.length} documents${ONE_BY_ONE ? ', one `add` each' : ''}…\n`);
  const run = ONE_BY_ONE ? await addOneByOne(db, dir, name, order) : await runMeasured('node', ['bin/readings.js', '--db', db, 'add', input]);
  const cliPred = join(dir, `${name}-cli.jsonl`);
  const stories = storyPredictions(db, cliPred);

  const nlp = createNlp();
  const batch = groupBatch(order.map((d) => ({ id: d.id, features: analyze({ title: d.title, text: d.text, outlet: d.outlet, publishedAt: d.day, language: 'en' }, { nlp }) })));
  const batchPred = join(dir, `${name}-batch.jsonl`);
  writeLabels(batchPred, batch);
  const basePred = join(dir, `${name}-baseline.jsonl`);
  writeLabels(basePred, baselineLabels(set));

  console.log(`\n== ${name}: ${order.length} documents`);
  console.log(`ours through the CLI (readings add, ${run.seconds.toFixed(1)} s, ${stories} stories): ${score(set.gold, cliPred)}`);
  console.log(`ours in memory (the harness's batch): ${score(set.gold, batchPred)}`);
  console.log(`baseline TF-IDF average-link: ${score(set.gold, basePred)}`);
}

/** Each document as a JSONL file of one line, added by a `readings add` of its own; the seconds of them all. */
async function addOneByOne(db: string, dir: string, name: string, order: readonly { id: string; title: string; text: string }[]): Promise<{ seconds: number }> {
  const bar = new cliProgress.SingleBar({ format: `${name} one by one {bar} {value}/{total}`, stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(order.length, 0);
  let seconds = 0;
  for (const [i, d] of order.entries()) {
    const file = join(dir, `${name}-one.jsonl`);
    writeFileSync(file, JSON.stringify(name === 'ecb' ? { text: d.text, ref: d.id } : { title: d.title, text: d.text, ref: d.id }) + '\n');
    const run = await runMeasured('node', ['bin/readings.js', '--db', db, 'add', file]);
    if (run.exitCode !== 0) throw new Error(`readings add of document ${i + 1} (${d.id}) exited ${run.exitCode}: ${run.stderr.trim()}`);
    seconds += run.seconds;
    bar.increment();
  }
  bar.stop();
  return { seconds };
}

const dir = mkdtempSync(join(tmpdir(), 'readings-relate-cli-'));
try {
  for (const name of SETS) await runSet(name, dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nreproduce: npm run build && npx tsx bench/relate-cli.ts ${argv.join(' ')}`.trimEnd());
