import { describe, expect, it } from 'vitest';
import { firstOutlets, knowsOutlets, NAMED_OUTLETS, outletCount, outletsLine } from './story-outlets.js';

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

  it('names the first NAMED_OUTLETS outlets of a large story and counts the rest', () => {
    const outlets = Array.from({ length: 168 }, (_, i) => `Outlet ${i}`);
    const line = outletsLine({ outlets, unknownOutlets: 2 }, count);
    expect(line).toBe(`170 outlets: ${outlets.slice(0, NAMED_OUTLETS).join(', ')}, ${168 - NAMED_OUTLETS} more, 2 unknown`);
    const mentions = [...outlets, 'Outlet 0', null].map((outlet, i) => ({ id: `r${i}`, outlet }));
    const first = firstOutlets(mentions);
    expect(first.named[0]).toEqual({ name: 'Outlet 0', id: 'r0', outlet: 'Outlet 0' });
    expect(first.named).toHaveLength(NAMED_OUTLETS);
    expect(first.more).toBe(169 - NAMED_OUTLETS); // 168 named outlets and "unknown outlet", each once
    expect(firstOutlets(mentions.slice(0, 3)).named.map((o) => o.name)).toEqual(['Outlet 0', 'Outlet 1', 'Outlet 2']);
  });

  it('lists each reading of unknown outlet as an outlet of its own, as outlets are counted', () => {
    const mentions = [{ id: 'r1', outlet: 'NHK World' }, { id: 'r2', outlet: null }, { id: 'r3', outlet: null }, { id: 'r4', outlet: 'NHK WORLD' }];
    expect(firstOutlets(mentions).named).toEqual([
      { name: 'NHK World', id: 'r1', outlet: 'NHK World' },
      { name: 'unknown outlet', id: 'r2', outlet: null },
      { name: 'unknown outlet', id: 'r3', outlet: null },
    ]);
  });
});
