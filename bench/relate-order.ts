/**
 * Benchmark: how far the incremental path (add one by one) lands from the
 * full regroup, whatever the insertion order. Runs the incremental path in
 * five random orders, alone and regrouped as it grows (as the library does),
 * and scores each against groupStories' result (B³ via
 * ../shared/bench/cluster-eval.mjs, the regroup standing in for gold).
 *
 *   npx tsx bench/relate-order.ts [--set ecb|uci|neus] [--orders 5]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../src/relate/analyze.js';
import { createNlp } from '../src/relate/nlp.js';
import { loadEcb, loadNeus, loadUci, shuffled } from './lib/cluster-data.js';
import { groupBatch, groupIncrementally } from './relate-run.js';
import { REGROUP_GROWTH_SHARE } from '../src/service/feeds/regroup-recent.js';

const EVALUATOR = resolve('../shared/bench/cluster-eval.mjs');

function main(): void {
  const argv = process.argv.slice(2);
  const at = (f: string): string | undefined => (argv.indexOf(f) >= 0 ? argv[argv.indexOf(f) + 1] : undefined);
  const name = at('--set') ?? 'ecb';
  const orders = Number(at('--orders') ?? 5);
  const set = name === 'uci' ? loadUci() : name === 'neus' ? loadNeus() : loadEcb();
  const nlp = createNlp();
  const docs = set.docs.map((d) => ({ id: d.id, features: analyze({ title: d.title, text: d.text, outlet: d.outlet, publishedAt: d.day, language: 'en' }, { nlp }) }));
  const out = mkdtempSync(join(tmpdir(), 'readings-relate-order-'));
  const regroup = join(out, 'regroup.jsonl');
  writeFileSync(regroup, [...groupBatch(docs)].map(([id, c]) => JSON.stringify({ id, cluster_id: c })).join('\n') + '\n');
  const against = (labels: Map<string, string>, file: string): string | undefined => {
    const pred = join(out, file);
    writeFileSync(pred, [...labels].map(([id, c]) => JSON.stringify({ id, cluster: c })).join('\n') + '\n');
    return execFileSync(process.execPath, [EVALUATOR, '--gold', regroup, '--pred', pred], { encoding: 'utf8' }).trim().split('\n').at(-1);
  };
  for (let seed = 1; seed <= orders; seed++) {
    const order = shuffled(docs, seed);
    console.log(`${name} order ${seed}, one at a time, vs regroup: ${against(groupIncrementally(order).labels, `incremental-${seed}.jsonl`)}`);
    // As the library does: regrouped as a whole each time the readings joined one at a time reach a quarter of it.
    const grown = groupIncrementally(order, { regroupShare: REGROUP_GROWTH_SHARE });
    console.log(`${name} order ${seed}, regrouped as it grows, vs regroup: ${against(grown.labels, `grown-${seed}.jsonl`)}`);
  }
  console.log(`reproduce: npx tsx bench/relate-order.ts ${argv.join(' ')}`.trimEnd());
}

main();
