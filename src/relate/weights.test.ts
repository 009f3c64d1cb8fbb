import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { createNlp } from './nlp.js';
import { pairScore } from './similarity.js';
import { cosine, PackedVectors, sharesOneWordOnly, statKeys, weigh } from './weights.js';

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

describe('headlines that share one word only', () => {
  const nlp = createNlp();
  const headline = (title: string, text = ''): ReturnType<typeof analyze> => analyze({ title, text, outlet: null, publishedAt: '2014-03-22', language: 'en' }, { nlp });
  const docs = [
    headline('Turkey bans Twitter ahead of elections'),
    headline('Twitter turns eight with a birthday tool'),
    headline('Turkey blocks Twitter ahead of local elections'),
    headline('Turkey bans Twitter ahead of elections', 'Prime Minister Erdogan said on Friday the government would root out the network, and users found ways round the ban within hours while the opposition appealed to the courts against the order.'),
  ];
  const stats = { docCount: 50, docFreq: (key: string) => docs.filter((f) => statKeys(f).includes(key)).length };
  const weighed = docs.map((f) => weigh(f, stats));
  const packed = PackedVectors.of(docs, stats);

  it('knows a name and its lemma for one word, the same way for one reading and for a packed batch', () => {
    expect(docs[0]!.entities.map((e) => e.key)).toContain('twitter');
    for (let a = 0; a < docs.length; a++) {
      for (let b = 0; b < docs.length; b++) if (a !== b) expect(packed.sharesOneWordOnly(a, b)).toBe(sharesOneWordOnly(weighed[a]!, weighed[b]!));
    }
    expect(sharesOneWordOnly(weighed[0]!, weighed[1]!)).toBe(true);
    expect(sharesOneWordOnly(weighed[0]!, weighed[2]!)).toBe(false);
  });

  it('keeps 0.8 of the cosine of two headlines sharing one word, all of it otherwise and for full texts', () => {
    expect(pairScore(docs[0]!, weighed[0]!, docs[1]!, weighed[1]!)).toBeCloseTo(0.8 * cosine(weighed[0]!, weighed[1]!), 12);
    expect(pairScore(docs[0]!, weighed[0]!, docs[2]!, weighed[2]!)).toBeCloseTo(cosine(weighed[0]!, weighed[2]!), 12);
    expect(pairScore(docs[3]!, weighed[3]!, docs[1]!, weighed[1]!)).toBeCloseTo(cosine(weighed[3]!, weighed[1]!), 12);
  });
});
