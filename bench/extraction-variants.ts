/**
 * The extraction set's pages as some sites serve them, each read as `readings`
 * reads an input and scored by the shared evaluator beside, from the same run,
 * Readability + linkedom on the same variants and our extraction of the pages
 * as they are:
 * - script-built: the pages whose JSON-LD carries an articleBody, as a plain
 *   fetch (no browser) of a site whose scripts build the article gets them:
 *   the head, with its JSON-LD, and an empty mount point;
 * - hashed class names: every page with each class and id replaced by a hash
 *   of it ("css-1a2b3c"), as CSS-in-JS builds write them, so that no name says
 *   "comment", "sidebar" or "article-body".
 *
 *   npx tsx bench/extraction-variants.ts
 */
import { createHash } from 'node:crypto';
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
const CLASS_ID_RE = /(\s)(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

function ours(html: string, url: string | null, label: string): string {
  const raw: RawInput = { bytes: Buffer.from(html), contentType: 'text/html', url, label };
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

/** Every class and id a hash of its value: the same names stay the same, none says what it is. */
const hashedClasses = (html: string): string =>
  html.replace(CLASS_ID_RE, (_all, space: string, name: string, value: string) => `${space}${name}="css-${createHash('sha1').update(value).digest('hex').slice(0, 7)}"`);

function score(dir: string, ids: string): string {
  return execFileSync(process.execPath, [EVALUATOR, '--truth', join(DATA, 'truth'), '--pred', dir, '--ids', ids], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
}

interface Variant {
  name: string;
  make: (html: string) => string | null;
}

const VARIANTS: Variant[] = [
  { name: 'script-built pages (JSON-LD articleBody)', make: scriptBuilt },
  { name: 'hashed class names', make: hashedClasses },
];

function main(): void {
  const ids = readFileSync(join(DATA, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const meta = JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8')) as { items: { id: string; url: string }[] };
  const urls = new Map(meta.items.map((i) => [i.id, i.url]));
  for (const variant of VARIANTS) {
    const out = { variant: mkdtempSync(join(tmpdir(), 'readings-variant-')), readability: mkdtempSync(join(tmpdir(), 'readings-variant-rd-')), pages: mkdtempSync(join(tmpdir(), 'readings-variant-pages-')) };
    const taken: string[] = [];
    for (const id of ids) {
      const html = readFileSync(join(DATA, 'html', `${id}.html`), 'utf8');
      const made = variant.make(html);
      if (!made) continue;
      taken.push(id);
      const url = urls.get(id) ?? null;
      writeFileSync(join(out.variant, `${id}.txt`), ours(made, url, id));
      writeFileSync(join(out.readability, `${id}.txt`), readability(made));
      writeFileSync(join(out.pages, `${id}.txt`), ours(html, url, id));
    }
    const idsFile = join(out.variant, 'ids.list');
    writeFileSync(idsFile, taken.join('\n'));
    console.log(`${variant.name}: ${taken.length} of ${ids.length} pages`);
    console.log(`  read by readings                      ${score(out.variant, idsFile)}`);
    console.log(`  baseline: Readability + linkedom      ${score(out.readability, idsFile)}`);
    console.log(`  baseline: readings on the pages as they are ${score(out.pages, idsFile)}`);
  }
  console.log('reproduce: npx tsx bench/extraction-variants.ts');
}

main();
