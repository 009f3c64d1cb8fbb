import { describe, expect, it } from 'vitest';
import { feedOutlet } from './outlet.js';

describe('feedOutlet', () => {
  it('takes the feed\'s name up to its first separator', () => {
    expect(feedOutlet('BBC News - World', null)).toBe('BBC News');
    expect(feedOutlet('NYT > Top Stories', null)).toBe('NYT');
    expect(feedOutlet('Reuters: World News', null)).toBe('Reuters');
    expect(feedOutlet('The Onion | America\'s Finest News Source', null)).toBe('The Onion');
    expect(feedOutlet('Ars Technica', null)).toBe('Ars Technica');
    expect(feedOutlet('Covid-19 updates', null)).toBe('Covid-19 updates');
  });

  it('falls back to the site\'s host, and to nothing', () => {
    expect(feedOutlet(null, 'https://www.example.com/news/')).toBe('example.com');
    expect(feedOutlet(' ', 'not a url')).toBeNull();
    expect(feedOutlet(null, null)).toBeNull();
  });
});
