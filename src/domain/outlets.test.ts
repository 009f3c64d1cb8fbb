import { describe, expect, it } from 'vitest';
import { distinctOutlets, outletIdentity, outletKey, sourceLabel } from './outlets.js';

describe('outlet names', () => {
  it('gives every spelling of one outlet the same key, and different outlets different keys', () => {
    for (const [a, b] of [['WIRED', 'Wired'], ['CTV News', 'CTVNews'], ['Snopes', 'Snopes.com'], ['The Telegraph', 'Telegraph'], ['AUTORACING', 'Autoracing'], ['Cleveland.com', 'cleveland'], ['The New York Times Company', 'The New York Times'], ['Al Jazeera Media Network', 'Al Jazeera'], ['Telegraph Media Group', 'The Telegraph']]) {
      expect(outletKey(a!)).toBe(outletKey(b!));
    }
    expect(outletKey('The Times')).not.toBe(outletKey('The New York Times'));
    expect(outletKey('NBC News')).not.toBe(outletKey('NBC'));
    expect(outletKey('Media')).toBe('media');
  });

  it('counts a reading of unknown outlet as an outlet of its own', () => {
    expect(outletIdentity({ id: 'a', outlet: null })).not.toBe(outletIdentity({ id: 'b', outlet: null }));
    expect(outletIdentity({ id: 'a', outlet: 'Wired' })).toBe(outletIdentity({ id: 'b', outlet: 'WIRED' }));
    expect(outletIdentity({ id: 'a', outlet: '…' })).toBe('#a');
  });

  it('lists each outlet once under its most used spelling, most readings first', () => {
    expect(distinctOutlets(['Wired', 'Reuters', 'WIRED', 'Wired', 'AP', 'reuters'])).toEqual(['Wired', 'Reuters', 'AP']);
  });
});

describe('sourceLabel', () => {
  it('names a reading by its outlet, else by the host of its address without "www.", else as of unknown outlet', () => {
    expect(sourceLabel({ outlet: 'NHK World', url: 'https://www3.nhk.or.jp/a' })).toBe('NHK World');
    expect(sourceLabel({ outlet: null, url: 'https://www3.nhk.or.jp/a' })).toBe('nhk.or.jp');
    expect(sourceLabel({ outlet: null, url: 'http://www.presstv.ir:8080/Detail' })).toBe('presstv.ir');
    expect(sourceLabel({ outlet: null, url: 'not an address' })).toBe('unknown outlet');
    expect(sourceLabel({ outlet: null, url: null })).toBe('unknown outlet');
  });
});
