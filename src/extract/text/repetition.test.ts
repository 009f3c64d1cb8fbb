import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks.js';
import { countRepeats, firstOccurrences, repetitionKeys, shapeKey, templateLines } from './repetition.js';

describe('repetition', () => {
  it('counts repeated lines and keeps the first copy', () => {
    const lines = splitLines('A para.\nAdvertisement\nB para.\nadvertisement\nA para.');
    const keys = repetitionKeys(lines);
    expect(countRepeats(keys)).toEqual([2, 2, 1, 2, 2]);
    expect(firstOccurrences(keys, [0, 2, 4])).toEqual([0, 2]);
  });

  it('gives comment headers and timestamps one shape', () => {
    expect(shapeKey('12. joetoronto says:')).toBe(shapeKey('13. lonespeed says:'));
    expect(shapeKey('November 19, 2019 at 6:34 am')).toBe(shapeKey('December 2, 2020 at 10:15 pm'));
    expect(shapeKey('Kazakhstan')).not.toBe(shapeKey('kazakhstan'));
  });

  it('marks short lines whose shape recurs three times', () => {
    const lines = splitLines('2 days ago\nGreat news.\n3 days ago\nAbout time, really!\n5 days ago\nwill the café stay open?');
    const template = templateLines(lines, [3, 2, 3, 3, 3, 5]);
    expect(template).toEqual([true, false, true, false, true, false]);
  });
});
