import { describe, expect, it } from 'vitest';
import { knowsOutlets, outletCount, outletsLine } from './story-outlets.js';

const count = (n: number): string => `${n} outlet${n === 1 ? '' : 's'}`;

describe('a story\'s outlets, counted as its summary counts them', () => {
  it('counts each reading of unknown outlet as one, and names them last', () => {
    const seeds = { outlets: ['NHK World', 'Press TV', 'SpreadIt News', 'news2in'], unknownOutlets: 1 };
    expect(outletCount(seeds)).toBe(5);
    expect(outletsLine(seeds, count)).toBe('5 outlets: NHK World, Press TV, SpreadIt News, news2in, 1 unknown');
    expect(outletsLine(seeds, count, false)).toBe('5 outlets');
    expect(outletsLine({ outlets: ['AP'], unknownOutlets: 0 }, count)).toBe('1 outlet: AP');
  });

  it('says the outlets are unknown rather than count readings that name none', () => {
    const headlines = { outlets: [], unknownOutlets: 75 };
    expect(knowsOutlets(headlines)).toBe(false);
    expect(outletsLine(headlines, count)).toBe('outlets unknown');
    expect(outletsLine({ outlets: [], unknownOutlets: 0 }, count)).toBe('no outlet');
  });
});
