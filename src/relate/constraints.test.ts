import { describe, expect, it } from 'vitest';
import { buildConstraints } from './constraints.js';

describe('buildConstraints', () => {
  it('turns a merge into one must-link unit and a split into cannot-links', () => {
    const c = buildConstraints([
      { kind: 'merge', readingIds: ['a', 'b', 'c'] },
      { kind: 'split', apart: ['x', 'y'], from: ['z'] },
    ]);
    expect(new Set(['a', 'b', 'c'].map(c.unitOf)).size).toBe(1);
    expect(c.unitOf('x')).toBe(c.unitOf('y'));
    expect(c.cannotLink(c.unitOf('x'), c.unitOf('z'))).toBe(true);
    expect(c.cannotLink(c.unitOf('a'), c.unitOf('z'))).toBe(false);
    expect(c.unitOf('free')).toBe('free');
  });

  it('lets a later split undo an earlier merge, and a later merge undo an earlier split', () => {
    const mergeThenSplit = buildConstraints([{ kind: 'merge', readingIds: ['a', 'b'] }, { kind: 'split', apart: ['b'], from: ['a'] }]);
    expect(mergeThenSplit.unitOf('a')).not.toBe(mergeThenSplit.unitOf('b'));
    expect(mergeThenSplit.cannotLink(mergeThenSplit.unitOf('a'), mergeThenSplit.unitOf('b'))).toBe(true);
    const splitThenMerge = buildConstraints([{ kind: 'split', apart: ['b'], from: ['a'] }, { kind: 'merge', readingIds: ['a', 'b'] }]);
    expect(splitThenMerge.unitOf('a')).toBe(splitThenMerge.unitOf('b'));
  });
});
