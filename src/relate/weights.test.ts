import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { createNlp } from './nlp.js';
import { cosine, PackedVectors, statKeys, weigh } from './weights.js';

const FIXTURE = resolve(__dirname, '../../fixtures/stories/two-earthquakes');

describe('PackedVectors', () => {
  it('gives every ordered pair the cosine of the two weighed readings, to the bit', () => {
    const nlp = createNlp();
    const rows = readFileSync(join(FIXTURE, 'library.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string; text: string; outlet: string; publishedAt: string });
    // Some texts cut short, so that pairs of unequal and of equal lengths both occur.
    const docs = [...rows, ...rows.map((r) => ({ ...r, text: r.text.split('. ')[0]! }))].map((r) => analyze({ ...r, language: 'en' }, { nlp }));
    const stats = { docCount: docs.length, docFreq: (key: string) => docs.filter((f) => statKeys(f).includes(key)).length };
    const packed = PackedVectors.of(docs, stats);
    const weighed = docs.map((f) => weigh(f, stats));
    let positive = 0;
    for (let a = 0; a < docs.length; a++) {
      for (let b = 0; b < docs.length; b++) {
        expect(packed.cosine(a, b)).toBe(cosine(weighed[a]!, weighed[b]!));
        if (a !== b && packed.cosine(a, b) > 0.2) positive++;
      }
    }
    expect(packed.cosine(0, 0)).toBeCloseTo(1, 12);
    expect(positive).toBeGreaterThan(docs.length);
  });
});
