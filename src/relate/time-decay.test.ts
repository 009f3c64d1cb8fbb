import { describe, expect, it } from 'vitest';
import { lengthScale } from './link.js';
import { GRACE_DAYS, timeFactor } from './time-decay.js';

describe('timeFactor', () => {
  it('keeps two full texts whole within the grace period, then fades them', () => {
    expect(timeFactor('2022-01-12', '2022-01-14')).toBe(1);
    expect(timeFactor('2022-01-10', '2022-01-10')).toBe(1);
    expect(timeFactor('2022-01-10', '2022-01-14')).toBeCloseTo(1 / (1 + (4 - GRACE_DAYS) / 2));
    expect(timeFactor(null, '2022-01-14')).toBe(1);
  });

  it('fades two headlines a day apart to a small fraction', () => {
    const headlines = lengthScale(9) * lengthScale(9);
    expect(timeFactor('2014-03-10', '2014-03-10', undefined, headlines)).toBe(1);
    expect(timeFactor('2014-03-10', '2014-03-11', undefined, headlines)).toBeLessThan(0.1);
  });
});
