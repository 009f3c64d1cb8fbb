import { describe, expect, it } from 'vitest';
import { agreedClaims } from './agreed-claims.js';
import type { ClaimGroup, ClaimMention } from './types.js';

const mention = (id: string, outlet: string | null): ClaimMention => ({ id, outlet, text: '2,500 soldiers', sentence: 'It sent 2,500 soldiers.', index: 0 });
const claim = (statedBy: ClaimMention[], over: Partial<ClaimGroup> = {}): ClaimGroup => ({
  kind: 'quantity', key: 'quantity:soldiers', label: '2,500 soldiers', statedBy, compatible: [], conflicting: [], singleOutlet: false, silent: [], ...over,
});

describe('agreed claims', () => {
  it('counts two readings of unknown outlets as two outlets, as the rest of the report does', () => {
    const unknownPair = claim([mention('r1', null), mention('r2', null)]);
    expect(agreedClaims({ claims: [unknownPair] })).toEqual([unknownPair]);
  });

  it('counts one outlet under two spellings once, and leaves out differing figures', () => {
    const spellings = claim([mention('r1', 'WIRED'), mention('r2', 'Wired')]);
    const twoOutlets = claim([mention('r1', 'NHK World'), mention('r3', 'Press TV')]);
    const differing = claim([mention('r1', 'NHK World'), mention('r3', 'Press TV')], { compatible: [mention('r4', 'BBC')] });
    expect(agreedClaims({ claims: [spellings, twoOutlets, differing] })).toEqual([twoOutlets]);
  });
});
