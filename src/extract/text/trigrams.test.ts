import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTrigrams, mayHoldAny, phrases } from './trigrams.js';

describe('trigram shortcut', () => {
  it('never says a text lacks a phrase it holds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % text.length : 0;
        const phrase = text.slice(from, from + (b % 12));
        indexTrigrams(text);
        expect(mayHoldAny(phrases([phrase]))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rules out most phrases a text does not hold', () => {
    indexTrigrams('the council voted on tuesday to build a tram line between the harbour and the university');
    expect(mayHoldAny(phrases(['newsletter', 'cookie', 'copyright', '©']))).toBe(false);
    expect(mayHoldAny(phrases(['tram line']))).toBe(true);
  });

  it('answers for the last text indexed only', () => {
    indexTrigrams('subscribe to our newsletter');
    indexTrigrams('an ordinary sentence');
    expect(mayHoldAny(phrases(['newsletter']))).toBe(false);
  });
});
