import { describe, expect, it } from 'vitest';
import { outletFromUrl, outletOfHost } from './known-outlets.js';

describe('outlets known by their address', () => {
  it('knows well-known hosts, not others', () => {
    expect(outletFromUrl('https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/')).toBe('NHK World');
    expect(outletFromUrl('https://www.presstv.ir/Detail/2022/01/12/1')).toBe('Press TV');
    expect(outletFromUrl('https://www.reuters.com/article/us-global-markets')).toBe('Reuters');
    // Pages that name themselves by a slug or a platform: "usatoday", "Hosted".
    expect(outletFromUrl('https://eu.usatoday.com/story/news/2019/11/19/epstein/')).toBe('USA Today');
    expect(outletFromUrl('https://hosted.ap.org/article/uk-tories-twitter')).toBe('AP');
    expect(outletFromUrl('https://blog.example.com/post')).toBeNull();
    expect(outletFromUrl(null)).toBeNull();
  });

  it('gives the host, without www, for a reading that names no outlet', () => {
    expect(outletOfHost('https://www.catchitkansas.com/2018/boys-state-swim')).toBe('catchitkansas.com');
    expect(outletOfHost('https://blog.comwrap.com/post')).toBe('blog.comwrap.com');
    expect(outletOfHost('http://127.0.0.1:8080/page')).toBeNull();
    expect(outletOfHost('http://localhost/page')).toBeNull();
    expect(outletOfHost(null)).toBeNull();
  });
});
