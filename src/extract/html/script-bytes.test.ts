import { describe, expect, it } from 'vitest';
import { decodeText } from '../../fetch/decode.js';
import { withoutScriptBytes } from './script-bytes.js';
import { stripMarkup } from './strip-markup.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const pruned = (s: string) => new TextDecoder().decode(withoutScriptBytes(bytes(s)));

const PAGE = [
  '<html><head><title>Été à Paris</title>',
  '<script src="a.js"></script><script>var s = "<div>" + "</div>"; if (a < b) {}</script >',
  '<style type="text/css">p { color: red }</STYLE>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<b>x</b>"}</script>',
  '<!-- a comment with <script> in it -->',
  '<SCRIPT>var upper = 1;</script>',
  '<Script>var mixed = 1;</Script>',
  '<scripted>not a script</scripted>',
  '</head><body><article><p>Un été très chaud à Paris.</p>',
  '<script>document.write("</p>")',
].join('\n');

describe('withoutScriptBytes', () => {
  it('cuts scripts, styles and comments but keeps JSON-LD, mixed-case tags and look-alikes', () => {
    const out = pruned(PAGE);
    expect(out).not.toContain('a.js');
    expect(out).not.toContain('var s');
    expect(out).not.toContain('color: red');
    expect(out).not.toContain('a comment');
    expect(out).not.toContain('var upper');
    expect(out).toContain('"headline":"<b>x</b>"');
    expect(out).toContain('<Script>var mixed = 1;</Script>');
    expect(out).toContain('<scripted>not a script</scripted>');
    expect(out).toContain('<p>Un été très chaud à Paris.</p>');
    // An unclosed script runs to the end of the page, as stripMarkup reads it.
    expect(out).not.toContain('document.write');
  });

  it('leaves stripMarkup with the same page to read', () => {
    expect(stripMarkup(pruned(PAGE))).toEqual(stripMarkup(PAGE));
  });

  it('returns the input itself when there is nothing to cut, and keeps a script tag without its ">"', () => {
    const plain = bytes('<p>plain</p>');
    expect(withoutScriptBytes(plain)).toBe(plain);
    expect(pruned('<p>a</p><script src="x"')).toBe('<p>a</p><script src="x"');
  });

  it('is not applied to UTF-16, where "<" bytes are halves of characters', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'<script>x</script>é'].map((c) => c.charCodeAt(0))).buffer)]);
    let calls = 0;
    const prune = (b: Uint8Array) => {
      calls++;
      return withoutScriptBytes(b);
    };
    const decoded = decodeText(utf16, { contentType: null, format: 'html', label: 'page.html', prune });
    expect(decoded.text).toBe('<script>x</script>é');
    expect(calls).toBe(0);
    expect(decodeText(bytes(PAGE), { contentType: null, format: 'html', label: 'page.html', prune }).text).toBe(pruned(PAGE));
    expect(calls).toBe(1);
  });
});
