import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { lineFeatures } from './features.js';
import { cutAtRelatedList } from './related.js';
import { wordsCache } from './topic.js';

const BODY = [
  'The city council voted on Tuesday to build a tram line between the harbour and the university, ending a decade of debate over how to connect the two districts.',
  'The tram line will run for eleven kilometres, with fourteen stops, and is expected to carry forty thousand passengers a day once it opens in 2026 along the harbour.',
  'Opponents had argued that electric buses would cost less, but the council said buses could not carry enough passengers at peak hours along the university route.',
  'The regional government will pay for forty percent of the tram line, and the council will borrow the rest over thirty years, the council said on Tuesday.',
  'Fares on the tram line will be the same as on the buses, and a single ticket will be valid on both for ninety minutes, from the harbour to the university.',
  'Shop owners along the route asked the council to keep deliveries possible during the works, and the council promised a plan for each street of the tram line.',
];

function kept(text: string): string[] {
  const lines = splitLines(text);
  const features = lines.map((l) => lineFeatures(l));
  const all = lines.map((_, i) => i);
  return cutAtRelatedList(lines, features, all, wordsCache(lines.map((l) => l.text.toLowerCase()))).map((i) => lines[i]!.text);
}

describe('related-stories lists', () => {
  it('cuts the body (at least 150 words of it) at a heading over bulleted headlines about other things, with what follows', () => {
    const text = [
      ...BODY,
      'More Stories From The Ledger',
      '  • Harbour festival returns with a record number of boats',
      '  • Why the old cinema on Mill Street is finally closing',
      '  • Five recipes for a cold winter evening',
      'The Ledger is the independent daily of the city since 1884, owned by a foundation.',
    ].join('\n');
    expect(kept(text)).toEqual(BODY);
  });

  it('keeps a list after a heading when its items use the body words', () => {
    const list = ['Tram line facts', '  • The tram line has fourteen stops', '  • Forty thousand passengers a day', '  • The council borrows over thirty years'];
    expect(kept([...BODY, ...list].join('\n'))).toEqual([...BODY, ...list.map((l) => l.replace('  • ', ''))]);
  });

  it('drops bulleted headlines about other things between paragraphs', () => {
    const links = ['  • Museum reopens its east wing after a long renovation', '  • Election night: what to watch for in the suburbs', '  • The bakery that feeds half the old town'];
    expect(kept([BODY[0], BODY[1], ...links, ...BODY.slice(2)].join('\n'))).toEqual(BODY);
  });

  it('keeps bulleted sentences between paragraphs: a list of points, not of links', () => {
    const points = ['  • Museum visitors will pay less.', '  • Election posters must come down.', '  • The bakery may open on Sundays.'];
    expect(kept([BODY[0], ...points, BODY[1]].join('\n'))).toHaveLength(5);
  });
});
