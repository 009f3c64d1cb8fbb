/**
 * Benchmark: the plain-text cleaner on the text dumps of the Scrapinghub
 * article-extraction benchmark (w3m renderings of whole news pages).
 *
 * Runs extractText over every dump listed in ids.txt, writes `<id>.txt`
 * (paragraphs joined by a blank line, no title) into a prediction folder, and
 * scores it with the shared evaluator, beside the uncleaned dump as the
 * baseline from the same run. With `--browser`, the dumps are the same pages
 * as headless Chromium copies them (bench/lib/browser-dumps.ts), made first. Only extraction is timed, not file I/O: one
 * untimed warm-up pass, then `--passes` timed passes (default 5), of which
 * the median is reported, in wall time and in CPU time of this process (the
 * machine may be shared: the load average is printed beside them).
 *
 *   npx tsx bench/extraction-text.ts [--pred DIR] [--per-doc] [--passes N] [--browser]
 *
 * Run from the project root, with shared/ beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { isReadingsError } from '../src/domain/errors.js';
import { extractText } from '../src/extract/text/extract-text.js';
import { browserDumpsDir } from './lib/browser-dumps.js';

const DATA = resolve('../shared/data/extraction');
const EVALUATOR = resolve('../shared/bench/extraction-eval.mjs');
const REPRODUCE = 'npx tsx bench/extraction-text.ts';

interface Args {
  pred: string;
  perDoc: boolean;
  passes: number;
  browser: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const at = argv.indexOf('--pred');
  const pred = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : mkdtempSync(join(tmpdir(), 'readings-extraction-text-'));
  const p = argv.indexOf('--passes');
  const passes = p >= 0 ? Math.max(1, Number(argv[p + 1]) || 1) : 5;
  return { pred, perDoc: argv.includes('--per-doc'), passes, browser: argv.includes('--browser') };
}

interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process (user + system). */
  cpu: number;
}

function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function readUrls(): Map<string, string> {
  const meta = JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8')) as { items: { id: string; url: string }[] };
  return new Map(meta.items.map((item) => [item.id, item.url]));
}

/** The evaluator's output: every line with --per-doc, else its summary line. */
function evaluate(predDir: string, perDoc: boolean): string {
  const args = [EVALUATOR, '--truth', join(DATA, 'truth'), '--pred', predDir, ...(perDoc ? ['--per-doc'] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
  return perDoc ? out : (out.split('\n').at(-1) ?? '');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.pred, { recursive: true });
  const ids = readFileSync(join(DATA, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const urls = readUrls();
  const dumps = args.browser ? await browserDumpsDir(join(DATA, 'html'), ids) : join(DATA, 'text');
  const inputs = ids.map((id) => readFileSync(join(dumps, `${id}.txt`), 'utf8'));

  // One untimed pass first, so that the timed pass measures compiled code, not the JIT warming up.
  for (let i = 0; i < ids.length; i++) {
    try {
      extractText(inputs[i]!, { url: urls.get(ids[i]!) ?? null });
    } catch (e) {
      if (!isReadingsError(e)) throw e;
    }
  }

  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(ids.length * args.passes, 0);
  const outputs: string[] = [];
  let failed = 0;
  const timings: Timing[] = [];
  for (let pass = 0; pass < args.passes; pass++) {
    let wall = 0;
    // CPU time over the whole pass: the kernel may account it in clock ticks, too coarse for one dump.
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < ids.length; i++) {
      const started = performance.now();
      let text = '';
      try {
        text = extractText(inputs[i]!, { url: urls.get(ids[i]!) ?? null }).paragraphs.join('\n\n');
      } catch (e) {
        if (!isReadingsError(e)) throw e;
        if (pass === 0) failed++;
      }
      wall += performance.now() - started;
      if (pass === 0) outputs.push(text);
      bar?.increment();
    }
    const used = process.cpuUsage(cpuStart);
    timings.push({ wall, cpu: (used.user + used.system) / 1000 });
  }
  bar?.stop();
  ids.forEach((id, i) => writeFileSync(join(args.pred, `${id}.txt`), outputs[i]!));

  if (args.browser) console.log(`dumps: the pages as headless Chromium copies them (${dumps}), not the shared w3m dumps`);
  console.log(`baseline (uncleaned dump)  ${evaluate(dumps, false)}`);
  console.log(`extractText                ${evaluate(args.pred, args.perDoc)}`);
  const wall = median(timings.map((t) => t.wall));
  const cpu = median(timings.map((t) => t.cpu));
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(
    `speed: ${(ids.length / (wall / 1000)).toFixed(0)} dumps/s single thread (${(wall / ids.length).toFixed(2)} ms/dump, median of ${args.passes} passes; ` +
      `CPU time ${(ids.length / (cpu / 1000)).toFixed(0)} dumps/s; load ${load}; ${failed} no_article)`,
  );
  console.log(`predictions: ${args.pred}`);
  console.log(`reproduce: ${REPRODUCE}${args.browser ? ' --browser' : ''}`);
}

await main();
