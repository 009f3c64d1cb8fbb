import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { minhashSignature, shingleMinima, signatureOfRuns } from './minhash.js';
import { createNlp } from './nlp.js';
import type { ParagraphCache } from './paragraph-facts.js';
import { parseParagraphs, parseText } from './parse.js';
import type { RelateInput } from './types.js';

const nlp = createNlp();

// Paragraph ends wink might carry over: a heading without a full stop, an
// abbreviation, a quote, a date and a figure at the break, a name on both sides.
const PARAGRAPHS = [
  'Troops leave Kazakhstan',
  'More than 2,000 Russian-led troops began to withdraw on Thursday, the U.S.',
  '"It is over," said President Kassym-Jomart Tokayev',
  'Almaty',
  'The withdrawal will take no more than ten days, until January 23',
  '2,500 soldiers were deployed. About 10,000 people were detained.',
];

function mapCache(): ParagraphCache & { size: () => number } {
  const map = new Map<string, string>();
  return { get: (p) => map.get(p), set: (p, facts) => void map.set(p, facts), size: () => map.size };
}

const input = (title: string, text: string): RelateInput => ({ title, text, outlet: 'Wire', publishedAt: '2022-01-13', language: 'en' });

describe('parseParagraphs', () => {
  it('parses paragraphs together exactly as each alone', () => {
    const together = parseParagraphs(nlp, PARAGRAPHS);
    expect(together).toHaveLength(PARAGRAPHS.length);
    together.forEach((parsed, i) => expect(parsed).toEqual(parseText(nlp, PARAGRAPHS[i]!)));
    expect(together[1]!.values).toContain('2,000');
  });
});

describe('signatureOfRuns', () => {
  it('gives the signature of the whole word sequence, runs of any length included', () => {
    const words = 'a b c d e f g h i j k l m n o'.split(' ');
    for (const lengths of [[5, 10], [1, 1, 13], [0, 2, 1, 12], [15], [3, 0, 0, 12]]) {
      let at = 0;
      const runs = lengths.map((length) => {
        const run = words.slice(at, at + length);
        at += length;
        return { length, minima: shingleMinima(run) };
      });
      expect(signatureOfRuns(words, runs)).toBe(minhashSignature(words));
    }
    expect(signatureOfRuns(['a', 'b'], [{ length: 1, minima: shingleMinima(['a']) }, { length: 1, minima: shingleMinima(['b']) }])).toBe(minhashSignature(['a', 'b']));
  });
});

describe('analyze with a paragraph cache', () => {
  const base = PARAGRAPHS.join('\n\n');
  const docs = [
    input('Russian-led troops leave Kazakhstan', base),
    // wire copy: an outlet's own first line, the same paragraphs, one paragraph twice
    input('Copy', `From our desk.\n\n${base}\n\n${PARAGRAPHS[2]}`),
    // a body in Title Case: its names are read as in a Title Case text
    input('Headlines', 'Russian Troops Leave Kazakhstan After Unrest\n\nTokayev Thanks Putin For Quick Help\n\nAlmaty Airport Reopens'),
    input('Title line', `Title line\n\n${base}`),
    // not bare paragraphs: read whole
    input('Spaced', `  ${PARAGRAPHS[0]}\n\n\n${PARAGRAPHS[1]}  `),
  ];

  it('gives the same features as without one, whatever the cache holds', () => {
    const plain = docs.map((d) => analyze(d, { nlp }));
    const cache = mapCache();
    expect(docs.map((d) => analyze(d, { nlp, paragraphs: cache }))).toEqual(plain);
    expect(cache.size()).toBeGreaterThan(PARAGRAPHS.length);
    // again, every paragraph known now, and in another order
    expect([...docs].reverse().map((d) => analyze(d, { nlp, paragraphs: cache }))).toEqual([...plain].reverse());
    expect(plain[2]!.entities.map((e) => e.key)).toContain('tokayev');
  });

  it('does not parse a known paragraph again', () => {
    const cache = mapCache();
    analyze(docs[0]!, { nlp, paragraphs: cache });
    const seen: string[] = [];
    const spy: ParagraphCache = { get: (p) => cache.get(p), set: (p, facts) => { seen.push(p); cache.set(p, facts); } };
    analyze(docs[1]!, { nlp, paragraphs: spy });
    expect(seen).toEqual(['From our desk.']);
  });
});
