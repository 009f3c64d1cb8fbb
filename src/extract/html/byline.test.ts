import { describe, expect, it } from 'vitest';
import { cleanByline } from './byline.js';

describe('cleanByline', () => {
  it('keeps plain names', () => {
    expect(cleanByline('Maria Lind')).toBe('Maria Lind');
    expect(cleanByline('Rachael Link, MS, RD')).toBe('Rachael Link, MS, RD');
  });

  it('strips the lead word, handles, dates and reading times', () => {
    expect(cleanByline('Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read')).toBe('Bryan DeArdo');
    expect(cleanByline('Madeline Fry | November 18, 2019 12:01 PM Print this article')).toBe('Madeline Fry');
    expect(cleanByline('By Carrie ArnoldNovember 15, 2019')).toBe('Carrie Arnold');
    expect(cleanByline('by Jeff FoustMonday, November 18, 2019')).toBe('Jeff Foust');
    expect(cleanByline('Analysis by Chris Cillizza, CNN Editor-at-large')).toBe('Chris Cillizza, CNN Editor-at-large');
    expect(cleanByline('Detroit News wire services\n   Published 11:11 PM EST Nov 19, 2019')).toBe('Detroit News wire services');
  });

  it('cuts an outlet glued to an upper-case name', () => {
    expect(cleanByline('By DANICA KIRKA and JILL LAWLESSAssociated Press')).toBe('DANICA KIRKA and JILL LAWLESS');
  });

  it('returns null for URLs and empty values', () => {
    expect(cleanByline('https://www.facebook.com/someone')).toBeNull();
    expect(cleanByline(' ')).toBeNull();
  });
});
