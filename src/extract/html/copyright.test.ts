import { describe, expect, it } from 'vitest';
import { findCopyrightOutlet } from './copyright.js';

describe('findCopyrightOutlet', () => {
  it('reads the outlet from a copyright line', () => {
    expect(findCopyrightOutlet('<footer><p>Copyright © 2022 Press TV. All rights reserved.</p></footer>')).toBe('Press TV');
    expect(findCopyrightOutlet('<p>&copy; 2010-2019 The Valley Courier</p>')).toBe('The Valley Courier');
  });

  it('returns null without a copyright line', () => {
    expect(findCopyrightOutlet('<p>No notice here.</p>')).toBeNull();
  });
});

describe('findCopyrightOutlet in markup', () => {
  it('ignores attribute values such as a copyrightHolder meta', () => {
    expect(findCopyrightOutlet('<meta name="copyrightHolder" content="Big Media"><p>text</p>')).toBeNull();
  });
});
