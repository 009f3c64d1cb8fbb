import { describe, expect, it } from 'vitest';
import { cleanTitle } from './title.js';

describe('cleanTitle', () => {
  it('strips the outlet named after a separator', () => {
    expect(cleanTitle('Troops leave Kazakhstan | Press TV', 'Press TV')).toBe('Troops leave Kazakhstan');
    expect(cleanTitle('Press TV - Troops leave Kazakhstan', 'Press TV')).toBe('Troops leave Kazakhstan');
  });

  it('strips a short last segment when the outlet is unknown', () => {
    expect(cleanTitle('Harbour bridge reopens after long repairs – The Herald', null)).toBe('Harbour bridge reopens after long repairs');
  });

  it('keeps titles without a site part', () => {
    expect(cleanTitle('Kazakhstan: what happens next', 'Press TV')).toBe('Kazakhstan: what happens next');
  });
});
