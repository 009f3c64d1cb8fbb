import type { CompareReport } from './types.js';

/** How many claims each list of a report holds in all. */
export interface ClaimTotals {
  claims: number;
  differences: number;
  singleOutlet: number;
}

/** More claims than any story holds: `?limit=` for the whole report. */
export const ALL_CLAIMS = 100_000;

export type ListedReport = CompareReport & { totals: ClaimTotals };

/**
 * The report with each claim list cut to its first `limit` claims, the most
 * widely told first, and how many each list holds: a story of a hundred full
 * articles holds thousands of claims, mostly said by one outlet (~30 MB of
 * JSON), where a reader or a client wants the first hundred.
 */
export function firstClaims(report: CompareReport, limit = Infinity): ListedReport {
  const totals = { claims: report.claims.length, differences: report.differences.length, singleOutlet: report.singleOutlet.length };
  if (totals.claims <= limit) return { ...report, totals };
  return {
    ...report,
    claims: report.claims.slice(0, limit),
    differences: report.differences.slice(0, limit),
    singleOutlet: report.singleOutlet.slice(0, limit),
    totals,
  };
}
