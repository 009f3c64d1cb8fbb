import { outletIdentity } from '../domain/outlets.js';
import type { ClaimGroup, CompareReport } from './types.js';

/**
 * The claims several outlets state the same way: no other wording, no other
 * figure. Outlets are counted as everywhere else in the report (one outlet
 * under two spellings is one; two readings of unknown outlets are two).
 */
export function agreedClaims(report: Pick<CompareReport, 'claims'>): ClaimGroup[] {
  return report.claims.filter(
    (c) => !c.singleOutlet && c.compatible.length === 0 && c.conflicting.length === 0 && new Set(c.statedBy.map(outletIdentity)).size > 1,
  );
}
