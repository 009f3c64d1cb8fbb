import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './canonical-url.js';
import { dateFromUrl, parseDate } from './dates.js';
import { cleanOutletName } from './outlet-name.js';
import { slugify } from './slug.js';
import { bodyReadingMinutes, countWords, readingMinutes } from './words.js';

describe('parseDate', () => {
  it.each([
    ['Published January 12th, 2022 - 09:51 GMT', '2022-01-12T09:51:00Z'],
    ['Jan. 14, 2022', '2022-01-14'],
    ['2019-11-19T10:00:00+01:00', '2019-11-19T09:00:00Z'],
    ['2022-01-14', '2022-01-14'],
    ['2022-01-14 08:51', '2022-01-14T08:51:00Z'],
    ['Published:  ', null],
    ['yesterday', null],
    ['', null],
  ])('%s -> %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.usatoday.com/story/news/politics/2019/11/19/prison-guards-arrested/4082679002/', '2019-11-19'],
    ['https://www.politifact.com/truth-o-meter/article/2019/nov/18/politifacts-guide/', '2019-11-18'],
    ['https://www.quantamagazine.org/tuft-cells-that-taste-danger-set-off-immune-responses-20191115/', '2019-11-15'],
    ['https://example.com/news/2022-01-14/troops-leave.html', '2022-01-14'],
    ['https://example.com/2019/02/30/no-such-day/', null],
    ['https://example.com/2019/11/monthly-roundup/', null],
    ['https://example.com/item/4082679002/', null],
    ['https://example.com/a?date=2019-11-19', null],
    ['not a url', null],
    [null, null],
  ])('%s -> %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});

describe('canonicalizeUrl', () => {
  it('drops tracking parameters, the fragment and credentials, and sorts the rest', () => {
    expect(canonicalizeUrl('HTTPS://WWW.Example.com:443/a/b?utm_source=x&b=2&fbclid=1&a=1#top')).toBe('https://www.example.com/a/b?a=1&b=2');
  });
  it('clears an empty fragment or query and credentials, and leaves a clean URL as it is', () => {
    expect(canonicalizeUrl('http://a.com/b?#')).toBe('http://a.com/b');
    expect(canonicalizeUrl('http://u:p@a.com/x?b=2&a=1#f')).toBe('http://a.com/x?a=1&b=2');
    expect(canonicalizeUrl('https://a.com/p#?x=1')).toBe('https://a.com/p');
    expect(canonicalizeUrl('https://uci.example/22673')).toBe('https://uci.example/22673');
    expect(canonicalizeUrl('https://a.com/p?utm_source=x')).toBe('https://a.com/p');
  });
  it('refuses what is not http(s)', () => {
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
    expect(canonicalizeUrl('/news/1', 'https://example.com/x')).toBe('https://example.com/news/1');
  });
});

describe('words', () => {
  it('counts whitespace-separated tokens over paragraphs', () => {
    expect(countWords(['Putin described Kazakhstan as Russia\'s "closest partner and ally."', '  ', 'Two  words'])).toBe(11);
    // Every space the pattern \s knows separates words (no-break, ideographic, em, narrow, a BOM); U+0085 is none.
    expect(countWords(['\u00a0one\u3000two\u2003three\u202ffour\ufeff', '\u2028five\tsix\u000bseven \u0085eight'])).toBe(8);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(225)).toBe(1);
    expect(readingMinutes(1190)).toBe(5);
    // A Japanese body of 1,200 characters split at its few spaces is a few words; read, it takes minutes.
    const japanese = ['先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。'.repeat(25)];
    expect(bodyReadingMinutes(japanese)).toBeGreaterThanOrEqual(2);
    expect(bodyReadingMinutes(['word '.repeat(1190).trim()])).toBe(5);
    // Korean spaces its words: its tokens are its words.
    expect(bodyReadingMinutes(['한국어 문장은 띄어쓰기로 단어를 나눕니다 '.repeat(238).trim()])).toBe(5);
  });
  it('slugifies outlet names into categories', () => {
    expect(slugify('NHK World')).toBe('nhk-world');
    expect(slugify('Le Monde Diplomatique — Édition')).toBe('le-monde-diplomatique-edition');
  });
});

describe('cleanOutletName', () => {
  it('keeps the name readers know from a copyright notice', () => {
    expect(cleanOutletName('Copyright © 2022 Press TV. All rights reserved.')).toBe('Press TV');
    expect(cleanOutletName('CNBC LLC')).toBe('CNBC');
    expect(cleanOutletName('ScienceAlert Pty Ltd')).toBe('ScienceAlert');
    expect(cleanOutletName('Vox Media, LLC')).toBe('Vox Media');
    expect(cleanOutletName('Inexhibit 2019 - ISSN: 2283-5474')).toBe('Inexhibit');
    expect(cleanOutletName('Al Bawaba (www.albawaba.com)')).toBe('Al Bawaba');
    expect(cleanOutletName('AUTORACING. Todos os direitos reservados')).toBe('AUTORACING');
    expect(cleanOutletName('by Snopes Media Group Inc')).toBe('Snopes Media Group');
    expect(cleanOutletName('Telegraph Media Group Limited 2019')).toBe('Telegraph Media Group');
    expect(cleanOutletName('Quiller Media, Inc., Contact Us')).toBe('Quiller Media');
    expect(cleanOutletName('Hearst Communications, Inc. print footer logo')).toBe('Hearst Communications');
    expect(cleanOutletName('© The Detroit News, a Digital First Media Newspaper')).toBe('The Detroit News');
    expect(cleanOutletName('2019 The Tennessean, part of the USA TODAY Network')).toBe('The Tennessean');
  });

  it('leaves names that merely end like a company alone, and refuses what is no name', () => {
    expect(cleanOutletName('The New York Times Company')).toBe('The New York Times Company');
    expect(cleanOutletName('Condé Nast')).toBe('Condé Nast');
    expect(cleanOutletName('2005–2019')).toBeNull();
    expect(cleanOutletName(' © ')).toBeNull();
  });
});
