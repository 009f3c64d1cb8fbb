import { describe, expect, it } from 'vitest';
import { charsetParam, contentTypeForPath, isHtmlType, mediaType } from './content-type.js';
import { formatBytes, tooLargeMessage } from './format-bytes.js';

describe('content-type helpers', () => {
  it('parses the media type and the charset parameter', () => {
    expect(mediaType('Text/HTML; charset=UTF-8')).toBe('text/html');
    expect(mediaType(null)).toBeNull();
    expect(charsetParam('text/html; charset=windows-1251')).toBe('windows-1251');
    expect(charsetParam('text/html;CHARSET="Shift_JIS"; foo=bar')).toBe('Shift_JIS');
    expect(charsetParam('text/html; charset=')).toBeNull();
    expect(charsetParam('text/html')).toBeNull();
    expect(isHtmlType('application/xhtml+xml')).toBe(true);
    expect(isHtmlType('text/plain')).toBe(false);
  });

  it('guesses a type from a file extension', () => {
    expect(contentTypeForPath('a/b/story.HTM')).toBe('text/html');
    expect(contentTypeForPath('dump.txt')).toBe('text/plain');
    expect(contentTypeForPath('README.md')).toBe('text/plain');
    expect(contentTypeForPath('feed.xml')).toBeNull();
    expect(contentTypeForPath('no-extension')).toBeNull();
    expect(contentTypeForPath('dir.html/file')).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [150 * 1024 * 1024, '150 MB'],
  ])('%d → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });

  it('writes a limit message', () => {
    expect(tooLargeMessage('input', 12 * 1024 * 1024, 10 * 1024 * 1024)).toBe('input is 12 MB, over the 10 MB limit');
  });
});
