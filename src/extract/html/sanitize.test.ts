import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize.js';

describe('sanitizeArticleHtml', () => {
  it('keeps text structure and absolute links', () => {
    const out = sanitizeArticleHtml('<div class="x"><h2>Title</h2><p>Read <a href="https://a.example/x" target="_blank">this</a>.</p><ul><li>one</li></ul></div>');
    expect(out).toBe('<h2>Title</h2><p>Read <a href="https://a.example/x">this</a>.</p><ul><li>one</li></ul>');
  });

  it('drops scripts, styles, event handlers and javascript: URLs', () => {
    const out = sanitizeArticleHtml(
      '<p onclick="steal()">Hi<script>alert(1)</script><style>p{}</style> <a href="javascript:alert(1)">x</a> <img src="https://i.example/a.png" onerror="bad()" alt="a"></p>',
    );
    expect(out).toBe('<p>Hi <a>x</a> <img src="https://i.example/a.png" alt="a" /></p>');
  });

  it('drops relative and non-http links but keeps their text', () => {
    expect(sanitizeArticleHtml('<p><a href="/local">a</a> <a href="mailto:x@y.z">b</a></p>')).toBe('<p><a>a</a> <a>b</a></p>');
  });

  it('describes an image without alt text by its title', () => {
    expect(sanitizeArticleHtml('<p>x <img src="https://logo.example/701.png" title="Press TV"></p>')).toBe('<p>x <img src="https://logo.example/701.png" alt="Press TV" /></p>');
    expect(sanitizeArticleHtml('<p>x <img src="https://i.example/a.png" alt="A bridge" title="Photo"></p>')).toBe('<p>x <img src="https://i.example/a.png" alt="A bridge" /></p>');
  });

  it('removes empty paragraphs and images without a source', () => {
    expect(sanitizeArticleHtml('<p> </p><p><img src="data:image/png;base64,AAA"></p><p>x</p>')).toBe('<p>x</p>');
  });

  it('never lets a script, a handler or a javascript: URL through (property)', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<script>', '</script>', '<a href="javascript:x()">', '<a href="https://ok.example">', '</a>',
      '<img src=x onerror=alert(1)>', '<div onmouseover="x">', '</div>', 'text', '<svg onload=x>', '<iframe src="https://e.example">',
      '<style>', '</style>', '<b>', '</b>', '&lt;script&gt;', '<a href="JaVaScRiPt:x">',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const out = sanitizeArticleHtml(pieces.join(''));
        expect(out).not.toMatch(/<script|<style|<svg|<iframe|\son\w+=|javascript:/i);
        expect(sanitizeArticleHtml(out)).toBe(out);
      }),
    );
  });
});
