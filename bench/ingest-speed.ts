/**
 * End-to-end ingest speed: the real CLI (`node bin/readings.js add`) into a
 * fresh library, timed as a whole process (start-up, parse, extract, clean,
 * store, index), beside plain Readability + linkedom in one process measured
 * in the same run.
 *
 *   npm run build && npx tsx bench/ingest-speed.ts [--runs 3] [--text-copies 10]
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTION, SHARED, extractionItems } from './lib/extraction-data.js';
import { median, runMeasured } from './lib/run-measured.js';

const COMMAND = 'npm run build && npx tsx bench/ingest-speed.ts';
const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 3);
/** Readability + linkedom alone, pages/s, on the machine the issue's targets were set on. */
const ISSUE_BASELINE_PAGES = 27;
const TEXT_COPIES = arg('--text-copies', 10);

interface IngestRun {
  seconds: number;
  cpuSeconds: number | null;
  stored: number;
}

async function ingestRun(input: string, expected: number, flags: string[]): Promise<IngestRun> {
  const dir = mkdtempSync(join(tmpdir(), 'readings-bench-'));
  const db = join(dir, 'library.db');
  try {
    const run = await runMeasured('node', ['bin/readings.js', '--db', db, 'add', ...flags, input]);
    const list = JSON.parse(execFileSync('node', ['bin/readings.js', '--db', db, 'list', '--json', '--limit', '1'], { encoding: 'utf8' })) as { total: number };
    if (list.total !== expected) process.stderr.write(`warning: ${list.total} readings stored, expected ${expected}\n${run.stderr.slice(-2000)}\n`);
    return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, stored: list.total };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text dumps, each repeated under new URLs so that none is skipped as a duplicate. */
async function writeTextJsonl(path: string, copies: number): Promise<number> {
  const out = createWriteStream(path);
  let n = 0;
  for (let c = 0; c < copies; c++) {
    for (const item of extractionItems()) {
      const text = readFileSync(join(EXTRACTION, 'text', `${item.id}.txt`), 'utf8');
      const line = JSON.stringify({ url: `https://bench.example/text/${c}/${item.id}`, text, ref: `${c}-${item.id.slice(0, 8)}` });
      if (!out.write(`${line}\n`)) await once(out, 'drain');
      n++;
    }
  }
  out.end();
  await once(out, 'finish');
  return n;
}

async function main(): Promise<void> {
  const pages = extractionItems().length;
  process.stderr.write(`baseline: Readability + linkedom, one process, ${RUNS} passes…\n`);
  const scratch = mkdtempSync(join(tmpdir(), 'readings-bench-'));
  const baselineJson = execFileSync('node', [join(SHARED, 'bench/readability-baseline.mjs'), '--modules', process.cwd(), '--dom', 'linkedom',
    '--html', join(EXTRACTION, 'html'), '--meta', join(EXTRACTION, 'meta.json'), '--out', join(scratch, 'pred'), '--runs', String(RUNS), '--json'], { encoding: 'utf8' });
  const baseline = JSON.parse(baselineJson) as Record<string, unknown>;
  const baselineRate = Number(baseline.median_docs_per_sec ?? NaN);

  const textPath = join(scratch, 'text.jsonl');
  const textItems = await writeTextJsonl(textPath, TEXT_COPIES);
  const cores = availableParallelism();
  const report = (label: string, items: number, unit: string, target: number, runs: IngestRun[]): void => {
    const wall = median(runs.map((r) => r.seconds));
    const cpu = runs.every((r) => r.cpuSeconds !== null) ? median(runs.map((r) => r.cpuSeconds!)) : null;
    const byCpu = cpu ? ` · ${(items / (cpu / cores)).toFixed(1)} ${unit}/s by CPU time (${cpu.toFixed(1)} CPU-s over ${cores} cores)` : '';
    // Hosts differ (Readability alone ran at ~27 pages/s where the issue was written, ~56 on a later host):
    // the rate against the same run's Readability baseline is the figure that carries from host to host.
    const ratio = unit === 'pages' ? ` · ${((items / wall) / baselineRate).toFixed(2)}x Readability alone (the issue's 50 against its ~27: ${(target / ISSUE_BASELINE_PAGES).toFixed(2)}x)` : '';
    process.stdout.write(`${label}: ${(items / wall).toFixed(1)} ${unit}/s wall (${items} items, median of ${runs.length}: ${wall.toFixed(2)} s, whole CLI process)${byCpu}; target >= ${target}${ratio}\n`);
  };
  const modes: [string, string[]][] = [['with stories (default add)', []], ['store only (add --defer-stories)', ['--defer-stories']]];
  for (const [mode, flags] of modes) {
    const html: IngestRun[] = [];
    const text: IngestRun[] = [];
    for (let r = 0; r < RUNS; r++) {
      process.stderr.write(`${mode}: HTML run ${r + 1}/${RUNS}, text run ${r + 1}/${RUNS}…\n`);
      html.push(await ingestRun(join(EXTRACTION, 'html'), pages, flags));
      text.push(await ingestRun(textPath, textItems, flags));
    }
    report(`ingest HTML, ${mode}`, pages, 'pages', 50, html);
    report(`ingest text dumps, ${mode}`, textItems, 'dumps', 500, text);
  }
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`baseline Readability+linkedom alone, one process: ${baselineRate.toFixed(1)} pages/s wall (extraction only, no storage)\n`);
  process.stdout.write(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cores} cores\n`);
  process.stdout.write(`reproduce: ${COMMAND}\n`);
}

await main();
