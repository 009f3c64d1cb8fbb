/**
 * Benchmark: story summaries on NeuS / AllSides (3 outlets -> one neutral
 * roundup), scored by ../shared/bench/rouge-eval.mjs beside LexRank and the
 * first document, computed in the same run. Also the attribution rate (story
 * sentences listing at least one outlet) and how many list two or more.
 *
 *   npx tsx bench/summary-neus.ts [--split val|train] [--max-words N] [--no-headline] [--out DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { createNlp } from '../src/relate/nlp.js';
import { analyzeDocument } from '../src/summarize/analyze-document.js';
import { STORY_DEFAULTS, summarizeStory } from '../src/summarize/summarize-story.js';
import { summaryText } from '../src/summarize/summary-text.js';
import type { StoryDocument } from '../src/summarize/types.js';
import { firstDocument, lexRank } from './summary-lexrank.js';

const DATA = resolve('../shared/data/neus-allsides-mds/dev.jsonl');
const EVALUATOR = resolve('../shared/bench/rouge-eval.mjs');

interface Cluster {
  cluster_id: string;
  split: string;
  documents: { title: string; text: string }[];
}

function arg(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

interface Score {
  r1: number;
  r2: number;
  rl: number;
  words: number;
}

function score(pred: string, split: string): Score {
  const out = execFileSync(process.execPath, [EVALUATOR, '--ref', DATA, '--pred', pred, '--split', split, '--json'], { encoding: 'utf8' });
  const j = JSON.parse(out) as Record<string, unknown>;
  const get = (...keys: string[]): number => {
    for (const k of keys) if (typeof j[k] === 'number') return j[k];
    return NaN;
  };
  return { r1: get('rouge1', 'R1', 'r1'), r2: get('rouge2', 'R2', 'r2'), rl: get('rougeL', 'RL', 'rl'), words: get('pred_words_mean') };
}

function main(argv: readonly string[]): void {
  const split = arg(argv, '--split') ?? 'val';
  const given = arg(argv, '--max-words');
  // Without --max-words, the product's own budget: the readings' median length, at most STORY_DEFAULTS.maxWords.
  const maxWords = given === undefined ? undefined : Number(given);
  const headline = !argv.includes('--no-headline');
  const out = arg(argv, '--out') ?? mkdtempSync(join(tmpdir(), 'readings-summary-'));
  mkdirSync(out, { recursive: true });
  const clusters = readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Cluster).filter((c) => c.split === split);
  const nlp = createNlp();
  const deps = { nlp };
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: 'summaries [{bar}] {value}/{total} · eta {eta}s' }, cliProgress.Presets.shades_classic) : null;
  bar?.start(clusters.length, 0);
  const ours: string[] = [];
  const lex: string[] = [];
  const first: string[] = [];
  let sentences = 0;
  let attributed = 0;
  let multi = 0;
  let ms = 0;
  for (const c of clusters) {
    const docs: StoryDocument[] = c.documents.map((d, i) => ({ id: `${c.cluster_id}/${i}`, title: d.title, text: d.text, outlet: `outlet-${i}`, publishedAt: null }));
    const t0 = performance.now();
    const analysed = docs.map((d) => ({ ...d, analysis: analyzeDocument(d, deps) }));
    const summary = summarizeStory(analysed, maxWords === undefined ? {} : { maxWords }, deps);
    ms += performance.now() - t0;
    const text = summaryText(summary, headline);
    for (const s of summary.sentences) {
      sentences++;
      if (s.supportedBy.length >= 1) attributed++;
      if (s.supportedBy.length >= 2) multi++;
    }
    ours.push(JSON.stringify({ id: c.cluster_id, summary: text }));
    const words = text.split(/\s+/u).filter(Boolean).length;
    lex.push(JSON.stringify({ id: c.cluster_id, summary: lexRank(analysed.map((d) => d.analysis), words) }));
    first.push(JSON.stringify({ id: c.cluster_id, summary: firstDocument(c.documents[0]!) }));
    bar?.increment();
  }
  bar?.stop();
  const files = { ours: join(out, 'ours.jsonl'), lexrank: join(out, 'lexrank.jsonl'), first: join(out, 'first.jsonl') };
  writeFileSync(files.ours, ours.join('\n') + '\n');
  writeFileSync(files.lexrank, lex.join('\n') + '\n');
  writeFileSync(files.first, first.join('\n') + '\n');
  console.log(`NeuS/AllSides ${split}: ${clusters.length} stories, budget ${maxWords === undefined ? `the readings' median length, at most ${STORY_DEFAULTS.maxWords}` : maxWords} words + ${headline ? 'headline' : 'no headline'}`);
  console.log('system          R1     R2     RL   words');
  for (const [name, file] of Object.entries(files)) {
    const s = score(file, split);
    console.log(`${name.padEnd(12)} ${s.r1.toFixed(2).padStart(6)} ${s.r2.toFixed(2).padStart(6)} ${s.rl.toFixed(2).padStart(6)} ${s.words.toFixed(1).padStart(6)}`);
  }
  console.log(`attribution: ${((100 * attributed) / Math.max(1, sentences)).toFixed(1)} % of ${sentences} sentences list >= 1 outlet; ${((100 * multi) / Math.max(1, sentences)).toFixed(1)} % list >= 2`);
  console.log(`time: ${(ms / clusters.length).toFixed(2)} ms per story (analysis + summary)`);
  console.log(`reproduce: node ../shared/bench/rouge-eval.mjs --ref ../shared/data/neus-allsides-mds/dev.jsonl --pred ${files.ours} --split ${split}`);
}

main(process.argv.slice(2));
