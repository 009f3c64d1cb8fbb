/**
 * Benchmark: the plain-text cleaner on the text dumps of the Scrapinghub
 * article-extraction benchmark (w3m renderings of whole news pages).
 *
 * Runs extractText over every dump listed in ids.txt, writes `<id>.txt`
 * (paragraphs joined by a blank line, no title) into a prediction folder, and
 * scores it with the shared evaluator, beside the uncleaned dump as the
 * baseline from the same run. Only extraction is timed, not file I/O, after
 * one untimed warm-up pass.
 *
 *   npx tsx bench/extraction-text.ts [--pred DIR] [--per-doc]
 *
 * Run from the project root, with shared/ beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { isReadingsError } from '../src/domain/errors.js';
import { extractText } from '../src/extract/text/extract-text.js';

const DATA = resolve('../shared/data/extraction');
const EVALUATOR = resolve('../shared/bench/extraction-eval.mjs');
const REPRODUCE = 'npx tsx bench/extraction-text.ts';

interface Args {
  pred: string;
  perDoc: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const at = argv.indexOf('--pred');
  const pred = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : mkdtempSync(join(tmpdir(), 'readings-extraction-text-'));
  return { pred, perDoc: argv.includes('--per-doc') };
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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.pred, { recursive: true });
  const ids = readFileSync(join(DATA, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const urls = readUrls();
  const inputs = ids.map((id) => readFileSync(join(DATA, 'text', `${id}.txt`), 'utf8'));

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
  bar?.start(ids.length, 0);
  const outputs: string[] = [];
  let failed = 0;
  let elapsed = 0;
  for (let i = 0; i < ids.length; i++) {
    const started = performance.now();
    let text = '';
    try {
      text = extractText(inputs[i]!, { url: urls.get(ids[i]!) ?? null }).paragraphs.join('\n\n');
    } catch (e) {
      if (!isReadingsError(e)) throw e;
      failed++;
    }
    elapsed += performance.now() - started;
    outputs.push(text);
    bar?.increment();
  }
  bar?.stop();
  ids.forEach((id, i) => writeFileSync(join(args.pred, `${id}.txt`), outputs[i]!));

  console.log(`baseline (uncleaned dump)  ${evaluate(join(DATA, 'text'), false)}`);
  console.log(`extractText                ${evaluate(args.pred, args.perDoc)}`);
  const rate = ids.length / (elapsed / 1000);
  console.log(`speed: ${rate.toFixed(0)} dumps/s single thread (${(elapsed / ids.length).toFixed(2)} ms/dump, ${failed} no_article)`);
  console.log(`predictions: ${args.pred}`);
  console.log(`reproduce: ${REPRODUCE}`);
}

main();
