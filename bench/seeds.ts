/**
 * The five seeds through the real library: `readings add` into a fresh
 * library, then every stored field beside ../shared/data/seeds/expected.json
 * (title where given, outlet, date, URL, category), the body's token F1
 * (target >= 0.98 each) and the word count (seed 003: 225). The baseline is
 * the raw dump itself, scored the same way.
 *
 *   npm run build && npx tsx bench/seeds.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tokenF1 } from './lib/token-f1.js';

const SEEDS = resolve('../shared/data/seeds');
const COMMAND = 'npm run build && npx tsx bench/seeds.ts';

interface Expected { title: string | null; site: string | null; published: string | null; url: string | null; category: string | null; body: string[]; word_count: number }
interface Stored { id: string; title: string; outlet: string | null; publishedAt: string | null; url: string | null; category: string; wordCount: number; paragraphs: string[]; original: { label: string } }

const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as Record<string, Expected>;
const dir = mkdtempSync(join(tmpdir(), 'readings-seeds-'));
const db = join(dir, 'library.db');
const cli = (...args: string[]): string => execFileSync('node', ['bin/readings.js', '--db', db, ...args], { encoding: 'utf8' });
try {
  cli('add', join(SEEDS, 'raw'));
  const ids = (JSON.parse(cli('list', '--json')) as { readings: { id: string }[] }).readings.map((r) => r.id);
  const stored = ids.map((id) => JSON.parse(cli('show', id, '--json')) as Stored);
  let allExact = true;
  let minF1 = 1;
  let minBaseline = 1;
  console.log('seed | fields exact | body token-F1 (raw dump) | words (expected)');
  for (const [file, want] of Object.entries(expected)) {
    const got = stored.find((s) => s.original.label.endsWith(file));
    if (!got) throw new Error(`${file} was not stored`);
    const checks: [string, unknown, unknown][] = [
      ['title', want.title, got.title],
      ['outlet', want.site, got.outlet],
      ['published', want.published, got.publishedAt],
      ['url', want.url, got.url],
      ['category', want.category, got.category],
    ];
    const wrong = checks.filter(([, w, g]) => w !== null && w !== g).map(([name, w, g]) => `${name}: ${JSON.stringify(g)} != ${JSON.stringify(w)}`);
    const f1 = tokenF1(got.paragraphs.join('\n'), want.body.join('\n'));
    const baseline = tokenF1(readFileSync(join(SEEDS, 'raw', file), 'utf8'), want.body.join('\n'));
    allExact &&= wrong.length === 0 && got.wordCount === want.word_count;
    minF1 = Math.min(minF1, f1);
    minBaseline = Math.min(minBaseline, baseline);
    console.log(`${file.slice(0, 3)} | ${wrong.length ? wrong.join('; ') : 'yes'} | ${f1.toFixed(3)} (${baseline.toFixed(3)}) | ${got.wordCount} (${want.word_count})`);
  }
  console.log(`seeds: every field exact ${allExact ? 'yes' : 'NO'}; min body token-F1 ${minF1.toFixed(3)} (target >= 0.98; raw dump ${minBaseline.toFixed(3)})`);
  console.log(`reproduce: ${COMMAND}`);
  process.exitCode = allExact && minF1 >= 0.98 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
