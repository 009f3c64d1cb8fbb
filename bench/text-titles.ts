/**
 * Benchmark: the title a text dump gets. A dump copied out of a browser has
 * no <title>: the headline is one line among menus, teasers, captions and
 * calls to action, or has to be made from the body. Each of the 121 dumps of
 * ../shared/data/extraction/text was rendered from ../shared/data/extraction/html,
 * whose own headline (og:title, JSON-LD or <title>, as our HTML extractor reads
 * it) is the reference. Scores: the share of titles equal to it (case and
 * punctuation aside) and the mean token F1, beside two baselines from the same
 * run: the dump's first line of three words or more, and the body's first
 * sentence (what a reading without a found title is given).
 *
 *   npx tsx bench/text-titles.ts [--list]
 *
 * `--list` prints every dump whose title differs from the page's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { extractText } from '../src/extract/text/extract-text.js';
import { titleFromBody } from '../src/extract/text/metadata.js';
import { EXTRACTION, extractionItems } from './lib/extraction-data.js';
import { tokenF1 } from './lib/token-f1.js';

const REPRODUCE = 'npx tsx bench/text-titles.ts';

const normal = (s: string | null): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Tally {
  exact: number;
  f1: number;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).find((l) => (l.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) ?? '';
}

function main(argv: readonly string[]): void {
  const list = argv.includes('--list');
  const tallies: Record<'ours' | 'firstLine' | 'firstSentence', Tally> = {
    ours: { exact: 0, f1: 0 },
    firstLine: { exact: 0, f1: 0 },
    firstSentence: { exact: 0, f1: 0 },
  };
  let scored = 0;
  let skipped = 0;
  for (const item of extractionItems()) {
    const html = readFileSync(join(EXTRACTION, 'html', `${item.id}.html`), 'utf8');
    const dump = readFileSync(join(EXTRACTION, 'text', `${item.id}.txt`), 'utf8');
    let reference: string | null;
    let text: ReturnType<typeof extractText>;
    try {
      reference = extractHtml(html, { url: item.url }).title;
      text = extractText(dump, { url: item.url });
    } catch {
      skipped++;
      continue;
    }
    if (!reference) {
      skipped++;
      continue;
    }
    scored++;
    const candidates = { ours: text.title ?? '', firstLine: firstLine(dump), firstSentence: titleFromBody(text.paragraphs[0] ?? '') };
    for (const [name, title] of Object.entries(candidates) as [keyof typeof tallies, string][]) {
      const same = normal(title) === normal(reference);
      tallies[name].exact += same ? 1 : 0;
      tallies[name].f1 += same ? 1 : tokenF1(normal(title), normal(reference));
    }
    if (list && normal(candidates.ours) !== normal(reference)) {
      console.log(`${item.id.slice(0, 8)}  ours: ${candidates.ours}\n          page: ${reference}`);
    }
  }
  const line = (label: string, t: Tally): string =>
    `${label.padEnd(34)} same as the page's ${String(t.exact).padStart(3)}/${scored} (${((100 * t.exact) / scored).toFixed(1)} %)  mean token F1 ${(t.f1 / scored).toFixed(3)}`;
  console.log(`text-dump titles against each page's own headline (${scored} dumps${skipped ? `, ${skipped} without a reference` : ''})`);
  console.log(line('ours', tallies.ours));
  console.log(line('baseline: first line of 3+ words', tallies.firstLine));
  console.log(line("baseline: body's first sentence", tallies.firstSentence));
  console.log(`reproduce: ${REPRODUCE}`);
}

main(process.argv.slice(2));
