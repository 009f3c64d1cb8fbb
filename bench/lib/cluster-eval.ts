/** Scoring story predictions with ../shared/bench/cluster-eval.mjs. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const EVALUATOR = resolve('../shared/bench/cluster-eval.mjs');

/** The evaluator's summary line ("clustering: B3-F1 …") for a prediction file. */
export function clusterScore(gold: string, pred: string, extra: string[] = []): string {
  const out = execFileSync(process.execPath, [EVALUATOR, '--gold', gold, '--pred', pred, ...extra], { encoding: 'utf8' }).trim();
  return out.split('\n').at(-1) ?? '';
}

/** Writes reading id -> story labels as the evaluator reads them. */
export function writeLabels(path: string, labels: Map<string, string>): void {
  writeFileSync(path, [...labels].map(([id, cluster]) => JSON.stringify({ id, cluster })).join('\n') + '\n');
}
