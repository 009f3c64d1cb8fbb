/**
 * Pages whose scripts build the article: what a plain fetch (no browser) gets
 * from such a site is the page's head, with its JSON-LD, and an empty mount
 * point. Made from the extraction set's pages whose JSON-LD carries an
 * articleBody (their body replaced by a menu, "Loading…" and the app's
 * script), read as `readings` reads an input, scored by the shared evaluator
 * on those pages beside, from the same run, Readability + linkedom on the
 * same variants and our extraction of the pages as they are.
 *
 *   npx tsx bench/extraction-script-built.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawInput } from '../src/domain/types.js';
import { extractFormatted, sniffInput } from '../src/extract/extract-input.js';
import { readJsonLd } from '../src/extract/html/json-ld.js';

const DATA = resolve('../shared/data/extraction');
const EVALUATOR = resolve('../shared/bench/extraction-eval.mjs');
const OPTIONS = { maxBytes: Number.MAX_SAFE_INTEGER };
const LD_RE = /<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi;

function ours(html: string, label: string): string {
  const raw: RawInput = { bytes: Buffer.from(html), contentType: 'text/html', url: null, label };
  try {
    return extractFormatted(raw, sniffInput(raw, OPTIONS), OPTIONS).paragraphs.join('\n\n');
  } catch {
    return '';
  }
}

function readability(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** The page as its scripts would leave it to a plain fetch; null when its JSON-LD gives no articleBody. */
function scriptBuilt(html: string): string | null {
  const blocks = [...html.matchAll(LD_RE)];
  if (!readJsonLd(blocks.map((m) => m[1] ?? ''))?.articleBody) return null;
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0].replace(LD_RE, '') ?? '<head></head>';
  return `<!doctype html><html>${head.replace(/<\/head>$/i, `${blocks.map((m) => m[0]).join('')}</head>`)}`
    + '<body><div id="root"><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Loading…</p></div><script src="/app.js"></script></body></html>';
}

function score(dir: string, ids: string): string {
  return execFileSync(process.execPath, [EVALUATOR, '--truth', join(DATA, 'truth'), '--pred', dir, '--ids', ids], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
}

function main(): void {
  const ids = readFileSync(join(DATA, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const out = { built: mkdtempSync(join(tmpdir(), 'readings-script-built-')), readability: mkdtempSync(join(tmpdir(), 'readings-script-built-rd-')), pages: mkdtempSync(join(tmpdir(), 'readings-script-built-pages-')) };
  const taken: string[] = [];
  for (const id of ids) {
    const html = readFileSync(join(DATA, 'html', `${id}.html`), 'utf8');
    const built = scriptBuilt(html);
    if (!built) continue;
    taken.push(id);
    writeFileSync(join(out.built, `${id}.txt`), ours(built, id));
    writeFileSync(join(out.readability, `${id}.txt`), readability(built));
    writeFileSync(join(out.pages, `${id}.txt`), ours(html, id));
  }
  const idsFile = join(out.built, 'ids.list');
  writeFileSync(idsFile, taken.join('\n'));
  console.log(`${taken.length} of ${ids.length} pages give a JSON-LD articleBody; each made a page its scripts build`);
  console.log(`script-built pages, read by readings          ${score(out.built, idsFile)}`);
  console.log(`baseline: Readability + linkedom, the same    ${score(out.readability, idsFile)}`);
  console.log(`baseline: readings on the pages as they are   ${score(out.pages, idsFile)}`);
  console.log('reproduce: npx tsx bench/extraction-script-built.ts');
}

main();
