import { describe, expect, it } from 'vitest';
import { dateAsWritten, numberAsWritten } from './reason-forms.js';

describe('reason forms', () => {
  it('write a date with its month and weekday capitalised, and give none for one that pins no day or year', () => {
    expect(dateAsWritten('january 13 2022')).toBe('January 13 2022');
    expect(dateAsWritten('thursday jan 13')).toBe('Thursday Jan 13');
    expect(dateAsWritten('thursday')).toBeNull();
    expect(dateAsWritten('last week')).toBeNull();
  });

  it('group thousands, restore a counted unit’s plural and drop a bare small integer', () => {
    expect(numberAsWritten('2000')).toBe('2,000');
    expect(numberAsWritten('$100000')).toBe('$100,000');
    expect(numberAsWritten('10 day')).toBe('10 days');
    expect(numberAsWritten('1 day')).toBe('1 day');
    expect(numberAsWritten('5.7 second')).toBe('5.7 seconds');
    expect(numberAsWritten('5 million')).toBe('5 million');
    expect(numberAsWritten('25%')).toBe('25%');
    expect(numberAsWritten('75.5')).toBe('75.5');
    expect(numberAsWritten('3')).toBeNull();
    expect(numberAsWritten('17')).toBeNull();
    expect(numberAsWritten('300')).toBe('300');
  });
});
