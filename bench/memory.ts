/**
 * Memory of a large bulk import: the extraction pages repeated under new URLs
 * up to N items (default 10,000) in one JSONL file, ingested by the real CLI
 * into a fresh library. Prints peak RSS (worker threads included) and RSS at
 * each quarter of the run, to show it stays flat.
 *
 *   npm run build && npx tsx bench/memory.ts [--items 10000] [--defer-stories]
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTION, extractionItems } from './lib/extraction-data.js';
import { runMeasured } from './lib/run-measured.js';

const COMMAND = 'npm run build && npx tsx bench/memory.ts';
const argv = process.argv.slice(2);
const itemsIndex = argv.indexOf('--items');
const ITEMS = itemsIndex >= 0 ? Number(argv[itemsIndex + 1]) : 10_000;
/** `--defer-stories` imports as a large archive would be (grouping afterwards with regroup). */
const ADD_FLAGS = argv.includes('--defer-stories') ? ['--defer-stories'] : [];
const LIMIT_MB = 600;

async function writeJsonl(path: string, items: number): Promise<void> {
  const pages = extractionItems().map((item) => ({ ...item, html: readFileSync(join(EXTRACTION, 'html', `${item.id}.html`), 'utf8') }));
  const out = createWriteStream(path);
  for (let i = 0; i < items; i++) {
    const page = pages[i % pages.length]!;
    const line = JSON.stringify({ url: `https://bench.example/${i}/${page.id.slice(0, 16)}`, html: page.html, ref: `item-${i}` });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'readings-memory-'));
  try {
    const jsonl = join(dir, 'items.jsonl');
    process.stderr.write(`writing ${ITEMS} items to ${jsonl}…\n`);
    await writeJsonl(jsonl, ITEMS);
    const db = join(dir, 'library.db');
    process.stderr.write('importing…\n');
    const run = await runMeasured('node', ['bin/readings.js', '--db', db, 'add', ...ADD_FLAGS, jsonl], 250);
    const list = JSON.parse(execFileSync('node', ['bin/readings.js', '--db', db, 'list', '--json', '--limit', '1'], { encoding: 'utf8' })) as { total: number };
    const quarter = (q: number): string => {
      const t = run.seconds * q;
      const sample = run.samples.reduce((best, s) => (Math.abs(s[0] - t) < Math.abs(best[0] - t) ? s : best), run.samples[0] ?? [0, 0]);
      return `${sample[1].toFixed(0)} MB`;
    };
    process.stdout.write(`bulk import of ${ITEMS} items: peak RSS ${run.peakRssMb.toFixed(0)} MB (limit ${LIMIT_MB} MB) — ${run.peakRssMb <= LIMIT_MB ? 'met' : 'NOT met'}\n`);
    process.stdout.write(`RSS at 25/50/75/100% of the run: ${[0.25, 0.5, 0.75, 1].map(quarter).join(' / ')}\n`);
    process.stdout.write(`${list.total} readings stored in ${run.seconds.toFixed(1)} s (${(list.total / run.seconds).toFixed(1)} items/s), exit code ${run.exitCode}\n`);
    process.stdout.write(`reproduce: ${COMMAND}${ITEMS !== 10_000 ? ` --items ${ITEMS}` : ''}${ADD_FLAGS.length ? ' --defer-stories' : ''}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
