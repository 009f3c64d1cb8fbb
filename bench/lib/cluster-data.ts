/**
 * Loaders for the story-clustering data sets in ../shared/data, as plain
 * documents (id, title, text, day, outlet). Gold labels are loaded apart and
 * only ever used for scoring.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractText } from '../../src/extract/text/extract-text.js';
import { titleFromBody } from '../../src/extract/text/metadata.js';

export const DATA = resolve('../shared/data');

export interface ClusterDoc {
  id: string;
  title: string;
  text: string;
  day: string | null;
  outlet: string | null;
}

export interface ClusterSet {
  name: string;
  docs: ClusterDoc[];
  /** The file the evaluator scores against. */
  gold: string;
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export function loadEcb(): ClusterSet {
  const gold = join(DATA, 'ecbplus-event-clusters/dev.jsonl');
  const rows = jsonl<{ id: string; text: string }>(gold);
  // No headlines: the title is the one `readings add` makes of such a text (its first sentence).
  return { name: 'ecb', gold, docs: rows.map((r) => ({ id: r.id, title: titleFromBody(r.text), text: r.text, day: null, outlet: null })) };
}

/** Titles and calendar days only: never timestamp_ms, category or file order. */
export function loadUci(): ClusterSet {
  const gold = join(DATA, 'uci-news-aggregator/dev.jsonl');
  const rows = jsonl<{ id: number; title: string; source: string; date: string }>(gold);
  return { name: 'uci', gold, docs: rows.map((r) => ({ id: String(r.id), title: r.title, text: '', day: r.date.slice(0, 10), outlet: r.source })) };
}

/** NEUS pools the size of its held-out test split (307 clusters, 921 documents): the train split in eight, then val. */
export const NEUS_POOLS = 9;

/**
 * NEUS: every document of every cluster pooled, or those of one pool of
 * {@link NEUS_POOLS} (pool 8 is the val split): a pool is as dense as the
 * held-out test split, where all 8,277 development documents together hold
 * nine times as many same-topic stories; the gold file is written by the
 * caller (see neusGold).
 */
export function loadNeus(pool?: number): ClusterSet & { labels: Map<string, string> } {
  const path = join(DATA, 'neus-allsides-mds/dev.jsonl');
  const all = jsonl<{ cluster_id: string; split: string; documents: { title: string; text: string }[] }>(path);
  const train = all.filter((r) => r.split === 'train');
  const size = Math.ceil(train.length / (NEUS_POOLS - 1));
  const rows = pool === undefined ? all : pool === NEUS_POOLS - 1 ? all.filter((r) => r.split === 'val') : train.slice(pool * size, (pool + 1) * size);
  const docs: ClusterDoc[] = [];
  const labels = new Map<string, string>();
  for (const r of rows) {
    r.documents.forEach((d, i) => {
      const id = `${r.cluster_id}#${i}`;
      docs.push({ id, title: d.title, text: d.text, day: null, outlet: null });
      labels.set(id, r.cluster_id);
    });
  }
  return { name: pool === undefined ? 'neus' : `neus-pool-${pool}`, gold: '', docs, labels };
}

/** The five seeds, cleaned by the text extractor when it can (else the raw dump). */
export function loadSeeds(): ClusterDoc[] {
  const dir = join(DATA, 'seeds/raw');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      try {
        const a = extractText(raw, { url: null });
        return { id: file, title: a.title ?? '', text: a.paragraphs.join('\n\n'), day: a.published?.slice(0, 10) ?? null, outlet: a.outlet };
      } catch {
        return { id: file, title: '', text: raw, day: null, outlet: null };
      }
    });
}

/** Deterministic Fisher-Yates shuffle (mulberry32). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A story set by its benchmark name (`ecb`, `uci`, `neus`, `neus-pool-<k>`); NEUS's gold labels are written into `dir`. */
export function loadClusterSet(name: string, dir: string): ClusterSet {
  if (name === 'ecb') return loadEcb();
  if (name === 'uci') return loadUci();
  const pool = /^neus-pool-(\d+)$/.exec(name);
  const neus = loadNeus(pool ? Number(pool[1]) : undefined);
  const gold = join(dir, `${neus.name}-gold.jsonl`);
  writeFileSync(gold, [...neus.labels].map(([id, c]) => JSON.stringify({ id, cluster_id: c })).join('\n') + '\n');
  return { ...neus, gold };
}
