import { describe, expect, it } from 'vitest';
import { groupClaims, type KeyedMention } from './group-claims.js';

const figure = (id: string, outlet: string, text: string, low: number, high = low): KeyedMention => ({
  kind: 'quantity',
  key: 'quantity/hours/span',
  mention: { id, outlet, text, sentence: `${text}.`, index: 0, amount: { low, high, bound: low === high ? 'exact' : 'atLeast', value: low } },
});

describe('groupClaims', () => {
  it('lists two outlets that give figures that cannot both be true as conflicting', () => {
    const [claim] = groupClaims([figure('a', 'BGR', 'more than 24 hours', 24, Infinity), figure('b', '9to5Mac', '10-hour', 10)]);
    expect(claim!.conflicting.map((m) => m.outlet)).toEqual(['9to5Mac']);
  });

  it('makes each figure a claim of its own when one outlet gives several that cannot all be true', () => {
    const claims = groupClaims([figure('a', 'BGR', 'more than 24 hours', 24, Infinity), figure('a', 'BGR', '10 hours', 10), figure('b', '9to5Mac', '10-hour', 10)]);
    expect(claims.every((c) => c.conflicting.length === 0)).toBe(true);
    const ten = claims.find((c) => c.label === '10 hours')!;
    expect([ten.statedBy.map((m) => m.outlet), ten.singleOutlet]).toEqual([['BGR', '9to5Mac'], false]);
    const more = claims.find((c) => c.label === 'more than 24 hours')!;
    expect([more.statedBy.map((m) => m.outlet), more.singleOutlet]).toEqual([['BGR'], true]);
    expect(new Set(claims.map((c) => c.key)).size).toBe(claims.length);
  });

  it('makes dates of one event weeks apart two claims, and dates a day apart a conflict', () => {
    const day = (id: string, outlet: string, text: string, date: string): KeyedMention => ({
      kind: 'date',
      key: 'date/impose',
      mention: { id, outlet, text, sentence: `${text}.`, index: 0, date },
    });
    const claims = groupClaims([day('a', 'The New York Times', 'impose Dec. 15', '2019-12-15'), day('b', 'Deccan Herald', 'imposed on Sept. 1', '2019-09-01')]);
    expect(claims.map((c) => [c.label, c.singleOutlet, c.conflicting.length])).toEqual([['impose Dec. 15 (2019-12-15)', true, 0], ['imposed on Sept. 1 (2019-09-01)', true, 0]]);
    expect(new Set(claims.map((c) => c.key)).size).toBe(2);
    const [near] = groupClaims([day('a', 'The New York Times', 'impose Dec. 15', '2019-12-15'), day('b', 'Deccan Herald', 'imposed on Dec. 16', '2019-12-16')]);
    expect(near!.conflicting.map((m) => m.outlet)).toEqual(['Deccan Herald']);
  });

  it('takes a day whose year an undated reading could not tell for the same day as the resolved one', () => {
    const day = (id: string, outlet: string, text: string, date: string): KeyedMention => ({
      kind: 'date',
      key: 'date/go',
      mention: { id, outlet, text, sentence: `${text}.`, index: 0, date, weekday: 'Friday' },
    });
    const [claim] = groupClaims([day('a', 'Rolling Stone', 'Friday, December 6th (go)', '2019-12-06'), day('b', 'Cleveland.com', 'go on sale Friday, Dec. 6', '--12-06')]);
    expect(claim!.conflicting).toEqual([]);
    expect(claim!.statedBy.map((m) => m.outlet)).toEqual(['Rolling Stone', 'Cleveland.com']);
    const [other] = groupClaims([day('a', 'Rolling Stone', 'Friday, December 6th (go)', '2019-12-06'), day('b', 'Cleveland.com', 'go on sale Friday, Dec. 13', '--12-13')]);
    expect(other!.conflicting.map((m) => m.outlet)).toEqual(['Cleveland.com']);
  });
});

