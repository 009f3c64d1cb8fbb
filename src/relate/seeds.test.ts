/**
 * The product's specification by example: the five seeds (one story told by
 * five outlets) form one story, and each seed's top four similar readings are
 * the other four. Reads ../shared/data/seeds (skipped when absent).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/text/extract-text.js';
import { analyze } from './analyze.js';
import { assignStory } from './assign-story.js';
import { findSimilar } from './find-similar.js';
import { groupStories } from './group-stories.js';
import { InMemoryRelateIndex } from './memory-index.js';
import { createNlp } from './nlp.js';
import { similarity } from './similarity.js';
import type { Features } from './types.js';

const SEEDS = resolve(__dirname, '../../../shared/data/seeds/raw');

function loadSeeds(): { id: string; features: Features }[] {
  const nlp = createNlp();
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const a = extractText(readFileSync(join(SEEDS, file), 'utf8'), { url: null });
      const input = { title: a.title ?? '', text: a.paragraphs.join('\n\n'), outlet: a.outlet, publishedAt: a.published, language: a.language };
      return { id: file.slice(0, 3), features: analyze(input, { nlp }) };
    });
}

describe.skipIf(!existsSync(SEEDS))('the five seeds', () => {
  const seeds = existsSync(SEEDS) ? loadSeeds() : [];
  const index = new InMemoryRelateIndex();
  for (const s of seeds) index.add(s.id, s.features);

  it('rank the other four as each seed’s top four similar readings', () => {
    expect(seeds).toHaveLength(5);
    for (const s of seeds) {
      const top = findSimilar(s.features, index, { exclude: new Set([s.id]) }).slice(0, 4);
      expect(top.map((c) => c.id).sort()).toEqual(seeds.map((x) => x.id).filter((id) => id !== s.id));
      for (const c of top) expect(c.score).toBeGreaterThan(0.1);
    }
  });

  it('form one story, whole library or one by one', () => {
    expect(groupStories(seeds).map((g) => g.members)).toEqual([seeds.map((s) => s.id)]);
    const incremental = new InMemoryRelateIndex();
    const sizes = new Map<string, number>();
    for (const s of [...seeds].reverse()) {
      const a = assignStory(findSimilar(s.features, incremental), (id) => sizes.get(id) ?? 0);
      const story = a.storyId === 'new' ? `story:${s.id}` : a.storyId;
      incremental.add(s.id, s.features);
      incremental.setStory(s.id, story);
      sizes.set(story, (sizes.get(story) ?? 0) + 1);
    }
    expect([...sizes.values()]).toEqual([5]);
  });

  it('give the shared people, places and organisations as reasons', () => {
    const [a, b] = [seeds[3]!, seeds[4]!];
    const { reasons } = similarity(a.features, b.features, index.stats());
    expect(reasons.people).toContain('Kassym-Jomart Tokayev');
    expect(reasons.places).toContain('Kazakhstan');
    expect(reasons.organisations).toContain('CSTO');
  });
});
