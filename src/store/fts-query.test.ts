import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query.js';

describe('toFtsQuery', () => {
  it.each([
    ['CSTO troops', '"CSTO" "troops"'],
    ['"peacekeeping forces" Almaty', '"peacekeeping forces" "Almaty"'],
    ['withdr* OR pullout', '"withdr"* OR "pullout"'],
    ['AND ( ) NEAR: -', '"AND" "NEAR"'],
    ['   ', null],
    ['OR', '"OR"'],
  ])('%s', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });
});
