import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { cosineBeyondTopKey, mergeFragments, type FragmentGroup } from './centroid-merge.js';
import { createNlp } from './nlp.js';
import type { Features } from './types.js';
import { statKeys, type WeightedDoc } from './weights.js';

const nlp = createNlp();
const features = new Map<string, Features>();
const headline = (id: string, title: string, day: string | null = '2014-03-18', text = ''): string => {
  features.set(id, analyze({ title, text, outlet: null, publishedAt: day, language: 'en' }, { nlp }));
  return id;
};
const docFreq = (): Map<string, number> => {
  const df = new Map<string, number>();
  for (const f of features.values()) for (const k of statKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
};
const merge = (groups: FragmentGroup[], keptApart = () => false): number[][] => {
  const df = docFreq();
  return mergeFragments(groups, { features: (id) => features.get(id)!, stats: { docCount: features.size, docFreq: (k) => df.get(k) ?? 0 }, keptApart });
};
const group = (members: string[], anchored = false): FragmentGroup => ({ members, anchored });

// One day's iPhone story told in two fragments (its price, its storage), and another story of the day.
const price = [headline('p1', 'Apple cuts iPhone 5c price in Europe'), headline('p2', 'Cheaper iPhone 5c 8GB model from Apple'), headline('p3', 'Apple launches 8GB iPhone 5c at lower price')];
const storage = [headline('s1', 'iPhone 5c now comes with 8GB storage'), headline('s2', 'Apple adds 8GB iPhone 5c in UK'), headline('s3', '8GB iPhone 5c arrives in Europe and China')];
const other = [headline('o1', 'GM recalls 1.5 million more cars'), headline('o2', 'General Motors expands recall of cars'), headline('o3', 'GM recall grows by 1.5 million vehicles')];

describe('mergeFragments', () => {
  it('joins two same-day headline fragments of one story, and leaves another story of the day alone', () => {
    expect(merge([group(price), group(storage), group(other)])).toEqual([[0, 1], [2]]);
  });

  it('leaves apart two stories of a day that share only one strong word (the company they are about)', () => {
    const ban = [headline('t1', 'Turkey bans Twitter'), headline('t2', 'Twitter blocked in Turkey'), headline('t3', 'Turkey Twitter ban spreads')];
    const birthday = [headline('b1', 'Twitter turns eight'), headline('b2', 'Twitter eighth birthday'), headline('b3', 'Happy birthday Twitter')];
    expect(merge([group(ban), group(birthday)])).toEqual([[0], [1]]);
  });

  it('measures what two centroids share beyond their strongest common word', () => {
    const doc = (entries: [string, number][]): WeightedDoc => ({ weights: new Map(entries), norm: Math.hypot(...entries.map(([, w]) => w)) });
    expect(cosineBeyondTopKey(doc([['twitter', 5], ['ban', 1]]), doc([['twitter', 5], ['birthday', 1]]))).toBe(0);
    expect(cosineBeyondTopKey(doc([['iphone', 5], ['8gb', 2], ['price', 1]]), doc([['iphone', 5], ['8gb', 2], ['storage', 1]]))).toBeCloseTo(4 / 5, 6);
  });

  it('leaves fragments of other days, small ones, full texts, two settled stories and corrections by hand alone', () => {
    const later = ['l1', 'l2', 'l3'].map((id, i) => headline(id, features.get(storage[i]!)!.title, '2014-03-19'));
    expect(merge([group(price), group(later)])).toEqual([[0], [1]]);
    expect(merge([group(price), group(storage.slice(0, 2))])).toEqual([[0], [1]]);
    const long = ' Apple said the cheaper model would reach Europe, China and Australia first, with other markets to follow later in the spring, and analysts expect it to lift sales.'.repeat(2);
    const articles = ['a1', 'a2', 'a3'].map((id, i) => headline(id, features.get(storage[i]!)!.title, '2014-03-18', long));
    expect(merge([group(price), group(articles)])).toEqual([[0], [1]]);
    expect(merge([group(price, true), group(storage, true)])).toEqual([[0], [1]]);
    expect(merge([group(price, true), group(storage)])).toEqual([[0, 1]]);
    expect(merge([group(price), group(storage)], () => true)).toEqual([[0], [1]]);
  });
});
