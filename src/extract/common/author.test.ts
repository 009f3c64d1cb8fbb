import { describe, expect, it } from 'vitest';
import { authorOf } from './author.js';

describe('authorOf', () => {
  it('keeps people and agencies', () => {
    expect(authorOf('Laura Winter', 'Al Jazeera')).toBe('Laura Winter');
    expect(authorOf('Reuters', 'VentureBeat')).toBe('Reuters');
    expect(authorOf('The Associated Press', 'CTV News')).toBe('The Associated Press');
    expect(authorOf('Regan', 'The Anti-June Cleaver')).toBe('Regan');
    expect(authorOf('Rtushar Das', 'RT')).toBe('Rtushar Das');
    expect(authorOf('Jane Doe', null)).toBe('Jane Doe');
  });

  it('drops the site crediting itself, under any of its spellings, and posting accounts', () => {
    for (const [byline, outlet] of [['BBC News', 'BBC'], ['AppleInsider', 'AppleInsider'], ['Al-Bawaba', 'Al Bawaba'], ['Detroit News wire services', 'The Detroit News'], ['Beachbody', 'The Beachbody Blog'], ['Snopes', 'Snopes.com'], ['Apple Insider', 'AppleInsider']]) {
      expect(authorOf(byline!, outlet!)).toBeNull();
    }
    for (const account of ['admin', 'jdadmin', 'gto', 'SiteAdmin']) expect(authorOf(account, 'Some Site')).toBeNull();
    expect(authorOf(null, 'BBC')).toBeNull();
  });

  it('keeps the names and cuts a role, a degree or the outlet after them, not another author', () => {
    expect(authorOf('Chris Cillizza, CNN Editor-at-large', 'CNN')).toBe('Chris Cillizza');
    expect(authorOf('Jill Disis, CNN Business', 'CNN')).toBe('Jill Disis');
    expect(authorOf('GREG BEACHAM, AP Sports Writer', 'San Antonio Express-News')).toBe('GREG BEACHAM');
    expect(authorOf('Rachael Link, MS, RD', 'Healthline')).toBe('Rachael Link');
    expect(authorOf('Finian Cunningham. Sputnik International', 'Sputnik')).toBe('Finian Cunningham');
    expect(authorOf('Charlie Wood, Business Insider', 'Business Insider Deutschland')).toBe('Charlie Wood');
    expect(authorOf('Lia Eustachewich, Yaron Steinbuch', 'New York Post')).toBe('Lia Eustachewich, Yaron Steinbuch');
    expect(authorOf('Victor Tangermann, Futurism', 'ScienceAlert')).toBe('Victor Tangermann, Futurism');
    expect(authorOf('Bruce Y. Lee', 'Forbes')).toBe('Bruce Y. Lee');
    expect(authorOf('Bruce Y. Lee, MD', 'Forbes')).toBe('Bruce Y. Lee');
  });
});
