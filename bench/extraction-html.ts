/**
 * HTML extraction benchmark: our extraction (the built bundle when it is
 * there, as `readings` runs it; else the sources) against plain Readability +
 * linkedom (article.textContent, as ../shared/bench/readability-baseline.mjs
 * computes it), on the Scrapinghub article-extraction benchmark (dev part,
 * 121 pages). Scores come from the shared evaluator; this script only writes
 * the two prediction folders and times the extraction.
 *
 * Timing: one thread, one process. A first pass of each system warms the JIT
 * and writes the predictions; then timed passes of ours and of the baseline
 * alternate (so background load hits both alike). The median and the best
 * pass are printed. Only extraction is timed, not reading or writing files.
 *
 *   npm run build && npx tsx bench/extraction-html.ts [--runs N] [--out DIR] [--per-doc] [--no-baseline]
 *
 * Run from the repository root (the data lives in ../shared).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import cliProgress from 'cli-progress';
import { parseHTML } from 'linkedom';
import { isReadingsError } from '../src/domain/errors.js';
import { extractHtml } from '../src/extract/html/extract-html.js';

const COMMAND = 'npm run build && npx tsx bench/extraction-html.ts';
const DATA = resolve('../shared/data/extraction');
const EVAL = resolve('../shared/bench/extraction-eval.mjs');

interface Args {
  runs: number;
  out: string | null;
  perDoc: boolean;
  baseline: boolean;
}

interface Page {
  id: string;
  url: string | null;
  html: string;
  bytes: Uint8Array;
}

/** One extractor: page -> text, null when it finds no article. */
type Extractor = (page: Page) => string | null;

const fromSources: Extractor = (p) => {
  try {
    return extractHtml(p.html, { url: p.url }).paragraphs.join('\n\n');
  } catch (e) {
    if (isReadingsError(e) && e.code === 'no_article') return null;
    throw e;
  }
};

/**
 * The extractor `readings` runs: the built bundle, whose DOM and Readability
 * carry our patches (scripts/vendor-patches.mjs), from the page's bytes
 * (decoding included); null when the build is not there. The sources (tsx)
 * load the packages themselves, unpatched: the same text, slower.
 */
async function builtExtractor(): Promise<Extractor | null> {
  const dir = resolve('dist/bundle');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^extract-input-[\w-]+\.js$/u.test(f)) : undefined;
  if (!file) return null;
  const built = (await import(pathToFileURL(join(dir, file)).href)) as typeof import('../src/extract/extract-input.js');
  return (p) => {
    try {
      const raw = { bytes: p.bytes, contentType: 'text/html', url: p.url, label: p.id };
      return built.extractFormatted(raw, 'html', { maxBytes: Number.MAX_SAFE_INTEGER }).paragraphs.join('\n\n');
    } catch (e) {
      // The bundle's own error class, not the sources'.
      if ((e as { code?: unknown }).code === 'no_article') return null;
      throw e;
    }
  };
}

/** Exactly what readability-baseline.mjs --dom linkedom does per page. */
const baseline: Extractor = (p) => {
  const { document } = parseHTML(p.html);
  const article = new Readability(document as unknown as Document).parse();
  return article ? (article.textContent ?? '') : null;
};

function parseArgs(argv: string[]): Args {
  const a: Args = { runs: 5, out: null, perDoc: false, baseline: true };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--runs') a.runs = Math.max(1, parseInt(argv[++i] ?? '5', 10));
    else if (k === '--out') a.out = argv[++i] ?? null;
    else if (k === '--per-doc') a.perDoc = true;
    else if (k === '--no-baseline') a.baseline = false;
    else throw new Error(`unknown argument ${k}; usage: ${COMMAND} [--runs N] [--out DIR] [--per-doc] [--no-baseline]`);
  }
  return a;
}

function loadPages(): Page[] {
  const ids = readFileSync(join(DATA, 'ids.txt'), 'utf8').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const meta = JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8')) as { items: { id: string; url: string }[] };
  const urls = new Map(meta.items.map((it) => [it.id, it.url]));
  return ids.map((id) => {
    const bytes = new Uint8Array(readFileSync(join(DATA, 'html', `${id}.html`)));
    return { id, url: urls.get(id) ?? null, html: Buffer.from(bytes).toString('utf8'), bytes };
  });
}

/** One pass over every page: the texts and the seconds spent extracting. */
function runPass(extract: Extractor, pages: Page[], bar: cliProgress.SingleBar | null): { texts: (string | null)[]; seconds: number } {
  const texts: (string | null)[] = [];
  let seconds = 0;
  for (const p of pages) {
    const t0 = performance.now();
    const text = extract(p);
    seconds += (performance.now() - t0) / 1000;
    texts.push(text);
    bar?.increment();
  }
  return { texts, seconds };
}

function writePredictions(dir: string, pages: Page[], texts: (string | null)[]): void {
  mkdirSync(dir, { recursive: true });
  texts.forEach((t, i) => writeFileSync(join(dir, `${pages[i]!.id}.txt`), t ?? ''));
}

/** The evaluator's summary line for one prediction folder. */
function score(predDir: string, perDoc: boolean): string {
  const args = [EVAL, '--truth', join(DATA, 'truth'), '--pred', predDir, '--ids', join(DATA, 'ids.txt')];
  if (perDoc) args.push('--per-doc');
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', perDoc ? 'inherit' : 'pipe'] });
  return (out.trim().split('\n').pop() ?? '').replace(/^extraction: /, '');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages = loadPages();
  const root = args.out ? resolve(args.out) : mkdtempSync(join(tmpdir(), 'readings-extraction-html-'));
  const built = await builtExtractor();
  const systems: [string, Extractor][] = [['ours', built ?? fromSources]];
  if (args.baseline) systems.push(['baseline', baseline]);

  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'extracting [{bar}] {value}/{total} pages', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(pages.length * systems.length * (args.runs + 1), 0);
  let noArticle: string[] = [];
  for (const [name, extract] of systems) {
    const res = runPass(extract, pages, bar);
    writePredictions(join(root, name), pages, res.texts);
    if (name === 'ours') noArticle = pages.filter((_, i) => res.texts[i] === null).map((p) => p.id);
  }
  const rates = new Map<string, number[]>(systems.map(([name]) => [name, []]));
  for (let r = 0; r < args.runs; r++) {
    // Alternate the order so that neither system always runs first.
    const order = r % 2 === 0 ? systems : [...systems].reverse();
    for (const [name, extract] of order) rates.get(name)!.push(pages.length / runPass(extract, pages, bar).seconds);
  }
  bar?.stop();

  const rate = (name: string) => {
    const xs = rates.get(name);
    return xs ? `${median(xs).toFixed(1)} pages/s (best ${Math.max(...xs).toFixed(1)})` : '-';
  };
  for (const id of noArticle) console.log(`no article: ${id}`);
  console.log(`ours      ${score(join(root, 'ours'), args.perDoc)}`);
  if (args.baseline) console.log(`baseline  ${score(join(root, 'baseline'), false)}  (Readability 0.6 + linkedom, textContent)`);
  console.log(`speed     ours ${rate('ours')}, baseline ${rate('baseline')} ` +
    `\n          (one thread, one process, alternating passes, median of ${args.runs} after a warm-up pass; file I/O not timed;` +
    `\n          ours: ${built ? 'the built bundle, as readings runs it, from the bytes' : 'the TypeScript sources, unpatched DOM (npm run build for the bundle)'})`);
  console.log(`output    ${root}`);
  console.log(`reproduce ${COMMAND}`);
}

await main();
