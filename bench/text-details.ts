/**
 * Benchmark: the title and the outlet a text dump gets. A dump copied out of a browser has
 * no <title>: the headline is one line among menus, teasers, captions and
 * calls to action, or has to be made from the body. Each of the 121 dumps of
 * ../shared/data/extraction/text was rendered from ../shared/data/extraction/html,
 * whose own headline (og:title, JSON-LD or <title>, as our HTML extractor reads
 * it) is the reference. Scores: the share of titles equal to it (case and
 * punctuation aside) and the mean token F1, beside two baselines from the same
 * run: the dump's first line of three words or more, and the body's first
 * sentence (what a reading without a found title is given). Outlets the same
 * way, against the page's og:site_name / JSON-LD publisher / copyright line,
 * beside the dump's last copyright line as printed (year and "©" cut off).
 * Publication days the same way, against the page's (meta tags, JSON-LD),
 * beside the first date chrono finds in the dump's first lines; bylines
 * against the page's, beside the dump's first "By …" line as printed.
 * Dumps are read without their URL, as a pasted text is. With `--browser`, the
 * dumps are the same pages as headless Chromium copies them (bench/lib/browser-dumps.ts).
 *
 *   npx tsx bench/text-details.ts [--list] [--browser]
 *
 * `--list` prints every dump whose title or outlet differs from the page's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { extractText } from '../src/extract/text/extract-text.js';
import { titleFromBody } from '../src/extract/text/metadata.js';
import { parseDate } from '../src/extract/common/dates.js';
import { browserDumpsDir } from './lib/browser-dumps.js';
import { EXTRACTION, extractionItems } from './lib/extraction-data.js';
import { tokenF1 } from './lib/token-f1.js';

const REPRODUCE = 'npx tsx bench/text-details.ts';

const normal = (s: string | null): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Tally {
  exact: number;
  f1: number;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).find((l) => (l.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) ?? '';
}

/** The dump's last copyright line as printed, year and symbol cut off: the outlet baseline. */
function copyrightAsPrinted(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => /©|\bcopyright\b/iu.test(l));
  const last = lines[lines.length - 1] ?? '';
  return last.replace(/^.*?(?:©|\bcopyright\b)\s*/iu, '').replace(/^(?:19|20)\d{2}\s*/u, '').trim();
}

/** The first date in the dump's first 60 lines that the date parser reads: the publication-day baseline. */
function firstDate(text: string): string | null {
  for (const line of text.split(/\r?\n/).slice(0, 60)) {
    const date = parseDate(line);
    if (date) return date;
  }
  return null;
}

const day = (iso: string | null): string | null => iso?.slice(0, 10) ?? null;

/** The dump's first line that starts with "By", the word cut off: the byline baseline. */
function firstByLine(text: string): string | null {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => /^by\s+\S/iu.test(l));
  return line ? line.replace(/^by\s+/iu, '') : null;
}

async function main(argv: readonly string[]): Promise<void> {
  const list = argv.includes('--list');
  const browser = argv.includes('--browser');
  const dumps = browser ? await browserDumpsDir(join(EXTRACTION, 'html'), extractionItems().map((item) => item.id)) : join(EXTRACTION, 'text');
  if (browser) console.log(`dumps: the pages as headless Chromium copies them (${dumps}), not the shared w3m dumps`);
  const tallies: Record<'ours' | 'firstLine' | 'firstSentence', Tally> = {
    ours: { exact: 0, f1: 0 },
    firstLine: { exact: 0, f1: 0 },
    firstSentence: { exact: 0, f1: 0 },
  };
  const outlets = { ours: 0, asPrinted: 0, pages: 0 };
  const days = { ours: 0, oursNone: 0, firstDate: 0, pages: 0 };
  const bylines = { ours: 0, asPrinted: 0, pages: 0 };
  let scored = 0;
  let skipped = 0;
  for (const item of extractionItems()) {
    const html = readFileSync(join(EXTRACTION, 'html', `${item.id}.html`), 'utf8');
    const dump = readFileSync(join(dumps, `${item.id}.txt`), 'utf8');
    let reference: string | null;
    let outlet: string | null;
    let published: string | null;
    let byline: string | null;
    let text: ReturnType<typeof extractText>;
    try {
      ({ title: reference, outlet, published, byline } = extractHtml(html, { url: item.url }));
      text = extractText(dump, { url: null });
    } catch {
      skipped++;
      continue;
    }
    if (outlet) {
      outlets.pages++;
      outlets.ours += normal(text.outlet) === normal(outlet) ? 1 : 0;
      outlets.asPrinted += normal(copyrightAsPrinted(dump)) === normal(outlet) ? 1 : 0;
      if (list && normal(text.outlet) !== normal(outlet)) console.log(`${item.id.slice(0, 8)}  outlet ours: ${text.outlet ?? '(none)'}\n          outlet page: ${outlet}`);
    }
    if (published) {
      days.pages++;
      days.ours += day(text.published) === day(published) ? 1 : 0;
      days.oursNone += text.published === null ? 1 : 0;
      days.firstDate += day(firstDate(dump)) === day(published) ? 1 : 0;
      if (list && day(text.published) !== day(published)) console.log(`${item.id.slice(0, 8)}  day ours: ${day(text.published) ?? '(none)'}\n          day page: ${day(published)}`);
    }
    if (byline) {
      bylines.pages++;
      bylines.ours += normal(text.byline) === normal(byline) ? 1 : 0;
      bylines.asPrinted += normal(firstByLine(dump)) === normal(byline) ? 1 : 0;
      if (list && normal(text.byline) !== normal(byline)) console.log(`${item.id.slice(0, 8)}  byline ours: ${text.byline ?? '(none)'}\n          byline page: ${byline}`);
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
  const share = (n: number): string => `${String(n).padStart(3)}/${outlets.pages} (${((100 * n) / outlets.pages).toFixed(1)} %)`;
  console.log(`text-dump outlets against each page's own site name (${outlets.pages} pages name one)`);
  console.log(`${'ours'.padEnd(34)} same as the page's ${share(outlets.ours)}`);
  console.log(`${'baseline: copyright line as printed'.padEnd(34)} same as the page's ${share(outlets.asPrinted)}`);
  const ofDays = (n: number): string => `${String(n).padStart(3)}/${days.pages} (${((100 * n) / days.pages).toFixed(1)} %)`;
  console.log(`text-dump publication days against each page's own (${days.pages} pages date themselves)`);
  console.log(`${'ours'.padEnd(34)} same as the page's ${ofDays(days.ours)}  (no date: ${days.oursNone})`);
  console.log(`${'baseline: first date in 60 lines'.padEnd(34)} same as the page's ${ofDays(days.firstDate)}`);
  const ofBylines = (n: number): string => `${String(n).padStart(3)}/${bylines.pages} (${((100 * n) / bylines.pages).toFixed(1)} %)`;
  console.log(`text-dump bylines against each page's own (${bylines.pages} pages name an author)`);
  console.log(`${'ours'.padEnd(34)} same as the page's ${ofBylines(bylines.ours)}`);
  console.log(`${'baseline: first "By" line as printed'.padEnd(34)} same as the page's ${ofBylines(bylines.asPrinted)}`);
  console.log(`reproduce: ${REPRODUCE}${browser ? ' --browser' : ''}`);
}

await main(process.argv.slice(2));
