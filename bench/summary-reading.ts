/**
 * Per-reading summaries against the lead-3 baseline. No public single-document
 * news set with reference summaries is in ../shared, so the references are the
 * summaries the publishers wrote themselves: each of the extraction set's 121
 * pages whose meta description (og:description, else description) runs 12
 * words or more, scored with the shared ROUGE evaluator against the page's
 * true body (`truth/`, so that extraction errors do not count) summarized
 * three ways, each cut to three sentences by the same sentence splitter:
 * ours (`summarizeReading`, as `readings summary` gives it), the first three
 * sentences (lead-3), and three sentences drawn at random (seeded).
 *
 * A publisher's description often repeats the lead, which favours lead-3; the
 * scores are also given over the descriptions the publisher wrote (fewer than
 * half of their word pairs taken from the first three sentences).
 *
 *   npx tsx bench/summary-reading.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeEntities } from '../src/extract/html/metadata.js';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { createNlp } from '../src/relate/nlp.js';
import { analyzeDocument } from '../src/summarize/analyze-document.js';
import { summarizeReading } from '../src/summarize/summarize-reading.js';

const DATA = resolve('../shared/data/extraction');
const ROUGE = resolve('../shared/bench/rouge-eval.mjs');
const MIN_DESCRIPTION_WORDS = 12;
const SENTENCES = 3;

const META_RE = (name: string): RegExp => new RegExp(`<meta\\s[^>]*(?:property|name)\\s*=\\s*["']${name}["'][^>]*>`, 'i');
const CONTENT_RE = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

function description(html: string): string | null {
  for (const name of ['og:description', 'description', 'twitter:description']) {
    const tag = META_RE(name).exec(html)?.[0];
    const m = tag ? CONTENT_RE.exec(tag) : null;
    const text = m ? decodeEntities(m[1] ?? m[2] ?? '').replace(/\s+/g, ' ').trim() : '';
    if (text.split(' ').length >= MIN_DESCRIPTION_WORDS) return text;
  }
  return null;
}

function titleOf(html: string): string {
  try {
    return extractHtml(html, { url: null }).title ?? '';
  } catch {
    return '';
  }
}

/** A small seeded generator, so that the random baseline repeats from run to run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const pairs = (text: string): Set<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
};

/** Whether a description is mostly the lead's own words, in order. */
function copiesLead(reference: string, lead: string): boolean {
  const own = pairs(reference);
  const fromLead = pairs(lead);
  let shared = 0;
  for (const p of own) if (fromLead.has(p)) shared++;
  return own.size === 0 || shared / own.size >= 0.5;
}

function main(): void {
  const ids = readFileSync(join(DATA, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const deps = { nlp: createNlp() };
  const random = seeded(43);
  const refs: string[] = [];
  const written: string[] = [];
  const out: Record<'ours' | 'lead' | 'random', string[]> = { ours: [], lead: [], random: [] };
  for (const id of ids) {
    const html = readFileSync(join(DATA, 'html', `${id}.html`), 'utf8');
    const reference = description(html);
    if (!reference) continue;
    const text = readFileSync(join(DATA, 'truth', `${id}.txt`), 'utf8');
    const doc = { title: titleOf(html), text };
    const analysis = analyzeDocument(doc, deps);
    if (analysis.sentences.length <= SENTENCES) continue;
    refs.push(JSON.stringify({ cluster_id: id, split: 'val', references: [reference] }));
    const ours = summarizeReading({ ...doc, analysis }, { sentences: SENTENCES }, deps).sentences.map((s) => s.text);
    const lead = analysis.sentences.slice(0, SENTENCES).map((s) => s.text);
    if (!copiesLead(reference, lead.join(' '))) written.push(refs.at(-1)!);
    const drawn = [...analysis.sentences.keys()].sort(() => random() - 0.5).slice(0, SENTENCES).sort((a, b) => a - b).map((i) => analysis.sentences[i]!.text);
    out.ours.push(JSON.stringify({ id, summary: ours.join(' ') }));
    out.lead.push(JSON.stringify({ id, summary: lead.join(' ') }));
    out.random.push(JSON.stringify({ id, summary: drawn.join(' ') }));
  }
  const dir = mkdtempSync(join(tmpdir(), 'readings-summary-reading-'));
  const sets = [
    { label: `all ${refs.length} pages with a description of ${MIN_DESCRIPTION_WORDS}+ words and more than ${SENTENCES} sentences`, lines: refs },
    { label: `the ${written.length} of them whose description the publisher wrote (not the lead's words)`, lines: written },
  ];
  for (const [i, set] of sets.entries()) {
    const refPath = join(dir, `refs-${i}.jsonl`);
    writeFileSync(refPath, `${set.lines.join('\n')}\n`);
    console.log(`${set.label}; ${SENTENCES} sentences each:`);
    for (const [name, lines] of [['ours (summarizeReading)', out.ours], ['baseline: lead-3', out.lead], ['baseline: 3 random sentences', out.random]] as const) {
      const pred = join(dir, `${name.replace(/\W+/g, '-')}.jsonl`);
      writeFileSync(pred, `${lines.join('\n')}\n`);
      const score = execFileSync(process.execPath, [ROUGE, '--ref', refPath, '--pred', pred, '--split', 'val'], { encoding: 'utf8' }).trim().split('\n').at(-1);
      console.log(`  ${name.padEnd(30)} ${score}`);
    }
  }
  console.log('reproduce: npx tsx bench/summary-reading.ts');
}

main();
