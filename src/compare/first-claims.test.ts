import { describe, expect, it } from 'vitest';
import { firstClaims } from './first-claims.js';
import type { ClaimGroup, CompareReport } from './types.js';

const claim = (key: string, outlets: number): ClaimGroup => ({
  kind: 'quantity', key, label: key,
  statedBy: Array.from({ length: outlets }, (_, i) => ({ id: `r${i}`, outlet: `Outlet ${i}`, text: key, sentence: key, index: 0 })),
  compatible: [], conflicting: [], singleOutlet: outlets === 1, silent: [],
});

const claims = [claim('troops', 4), claim('days', 3), claim('detained', 1), claim('age', 1), claim('dollars', 1)];
const report: CompareReport = { readings: 5, outlets: 5, claims, differences: [claims[1]!], singleOutlet: claims.slice(2), headlines: [] };

describe('firstClaims', () => {
  it('cuts each list to its first claims and counts what each held', () => {
    const cut = firstClaims(report, 2);
    expect(cut.claims.map((c) => c.key)).toEqual(['troops', 'days']);
    expect(cut.differences.map((c) => c.key)).toEqual(['days']);
    expect(cut.singleOutlet.map((c) => c.key)).toEqual(['detained', 'age']);
    expect(cut.totals).toEqual({ claims: 5, differences: 1, singleOutlet: 3 });
  });

  it('leaves a report within the limit whole', () => {
    expect(firstClaims(report)).toEqual({ ...report, totals: { claims: 5, differences: 1, singleOutlet: 3 } });
    expect(firstClaims(report, 5).claims).toBe(report.claims);
  });
});
