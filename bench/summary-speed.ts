/**
 * Benchmark: speed of the pure summarize and compare cores, analysis
 * included (nothing precomputed), on the seed texts (../shared/data/seeds):
 *
 *  - per reading: summarizeReading of a ~600-word article (seeds 004 + 003 bodies); target <= 5 ms median
 *  - per story: summarizeStory + compareStory of a 10-reading story (the five seeds twice, as ten
 *    outlets; each reading analysed once, shared by both); target <= 200 ms median
 *
 *   npx tsx bench/summary-speed.ts [--runs N]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareStory } from '../src/compare/compare-story.js';
import { extractText } from '../src/extract/text/extract-text.js';
import { createNlp } from '../src/relate/nlp.js';
import { analyzeDocument } from '../src/summarize/analyze-document.js';
import { summarizeReading } from '../src/summarize/summarize-reading.js';
import { summarizeStory } from '../src/summarize/summarize-story.js';
import type { StoryDocument } from '../src/summarize/types.js';
import { median } from './lib/run-measured.js';

const SEEDS = resolve('../shared/data/seeds');

function seedDocs(): StoryDocument[] {
  const expected = JSON.parse(readFileSync(`${SEEDS}/expected.json`, 'utf8')) as Record<string, { title: string | null; site: string | null; published: string | null }>;
  return Object.entries(expected).map(([file, e]) => {
    const a = extractText(readFileSync(`${SEEDS}/raw/${file}`, 'utf8'), { url: null });
    return { id: file.slice(0, 3), title: e.title ?? a.title ?? '', text: a.paragraphs.join('\n\n'), outlet: e.site ?? a.outlet ?? `seed ${file.slice(0, 3)}`, publishedAt: e.published ?? a.published };
  });
}

function time(runs: number, fn: () => void): { median: number; p90: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: median(ms), p90: ms[Math.floor(ms.length * 0.9)]! };
}

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : 200;
  const deps = { nlp: createNlp() };
  const seeds = seedDocs();
  const article = { title: seeds[4]!.title, text: `${seeds[4]!.text}\n\n${seeds[3]!.text}` };
  const words = article.text.split(/\s+/u).filter(Boolean).length;
  const one = time(runs, () => summarizeReading(article, { sentences: 3 }, deps));
  console.log(`summarizeReading, ${words}-word article: median ${one.median.toFixed(2)} ms, p90 ${one.p90.toFixed(2)} ms (target <= 5 ms median)`);

  const story = [...seeds, ...seeds.map((d) => ({ ...d, id: `${d.id}b`, outlet: `${d.outlet} (copy)` }))];
  const storyWords = story.reduce((n, d) => n + d.text.split(/\s+/u).length, 0);
  const both = time(Math.max(20, Math.floor(runs / 4)), () => {
    const analysed = story.map((d) => ({ ...d, analysis: analyzeDocument(d, deps) }));
    summarizeStory(analysed, {}, deps);
    compareStory(analysed, deps);
  });
  console.log(`summarizeStory + compareStory, ${story.length} readings (${storyWords} words): median ${both.median.toFixed(1)} ms, p90 ${both.p90.toFixed(1)} ms (target <= 200 ms)`);
  console.log('reproduce: npx tsx bench/summary-speed.ts');
}

main(process.argv.slice(2));
