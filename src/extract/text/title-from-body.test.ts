import { describe, expect, it } from 'vitest';
import { firstSentence, titleFromBody } from './metadata.js';

describe('titleFromBody', () => {
  it('takes the first sentence whole, past abbreviations, initials and decimals', () => {
    expect(titleFromBody('A deadly police shooting Dec. 6 set off riots in Athens. Shops burned.')).toBe('A deadly police shooting Dec. 6 set off riots in Athens');
    expect(titleFromBody('The fire was attended by Alaska Gov. Sarah Palin. Police said more.')).toBe('The fire was attended by Alaska Gov. Sarah Palin');
    expect(firstSentence('The U.S. Navy said on Friday it would act. Next.')).toBe('The U.S. Navy said on Friday it would act.');
    expect(firstSentence('John F. Kennedy was shot. Next.')).toBe('John F. Kennedy was shot.');
    expect(firstSentence('It cost $5.5 million at 3 p.m. on Monday. Next.')).toBe('It cost $5.5 million at 3 p.m. on Monday.');
  });

  it('ends at the first full stop, question or exclamation mark otherwise', () => {
    expect(firstSentence('Is it over? Yes, it is.')).toBe('Is it over?');
    expect(firstSentence('Troops left. Then more.')).toBe('Troops left.');
    expect(titleFromBody('One line only')).toBe('One line only');
  });

  it('ends after "U.S." or an abbreviation when the next word opens a sentence, not before a name or an initial', () => {
    expect(firstSentence('Talks resumed in the U.S. The president said more. Next.')).toBe('Talks resumed in the U.S.');
    expect(firstSentence('The deal was signed by Acme Co. A spokesman declined to comment.')).toBe('The deal was signed by Acme Co.');
    expect(firstSentence('It was Gen. A. Smith who spoke. Next.')).toBe('It was Gen. A. Smith who spoke.');
    expect(firstSentence('The U.S. Senate voted. Next.')).toBe('The U.S. Senate voted.');
  });
});
