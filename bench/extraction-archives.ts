/**
 * Web archives: the 121 pages of the extraction set saved as Chromium's
 * "Webpage, Single File" (MHTML, bench/lib/browser-dumps.ts), each read as
 * `readings` reads an input (the archive's page decoded at the edge, then
 * extracted), scored by the shared evaluator beside, from the same run, the
 * same pages' HTML files and the archives read as they are, undecoded.
 *
 *   npx tsx bench/extraction-archives.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RawInput } from '../src/domain/types.js';
import { extractFormatted, sniffInput } from '../src/extract/extract-input.js';
import { withMimePage } from '../src/fetch/mime-input.js';
import { browserDumpsDir } from './lib/browser-dumps.js';

const DATA = resolve('../shared/data/extraction');
const EVALUATOR = resolve('../shared/bench/extraction-eval.mjs');
const OPTIONS = { maxBytes: Number.MAX_SAFE_INTEGER };

function textOf(raw: RawInput): string {
  try {
    return extractFormatted(raw, sniffInput(raw, OPTIONS), OPTIONS).paragraphs.join('\n\n');
  } catch {
    return '';
  }
}

function score(dir: string): string {
  return execFileSync(process.execPath, [EVALUATOR, '--truth', join(DATA, 'truth'), '--pred', dir], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
}

async function main(): Promise<void> {
  const ids = readFileSync(join(DATA, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const archives = await browserDumpsDir(join(DATA, 'html'), ids, 'mhtml');
  const out = { archives: mkdtempSync(join(tmpdir(), 'readings-archives-')), asIs: mkdtempSync(join(tmpdir(), 'readings-archives-as-is-')), pages: mkdtempSync(join(tmpdir(), 'readings-pages-')) };
  for (const id of ids) {
    const archive: RawInput = { bytes: readFileSync(join(archives, `${id}.mhtml`)), contentType: 'multipart/related', url: null, label: `${id}.mhtml` };
    writeFileSync(join(out.archives, `${id}.txt`), textOf(await withMimePage(archive)));
    writeFileSync(join(out.asIs, `${id}.txt`), textOf({ ...archive, contentType: null }));
    writeFileSync(join(out.pages, `${id}.txt`), textOf({ bytes: readFileSync(join(DATA, 'html', `${id}.html`)), contentType: 'text/html', url: null, label: id }));
  }
  console.log(`archives (${archives}), read by readings   ${score(out.archives)}`);
  console.log(`baseline: the same pages' HTML files      ${score(out.pages)}`);
  console.log(`baseline: the archives read undecoded     ${score(out.asIs)}`);
  console.log('reproduce: npx tsx bench/extraction-archives.ts');
}

await main();
