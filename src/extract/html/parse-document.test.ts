import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

describe('parseDocument', () => {
  it('returns null for blank input', () => {
    expect(parseDocument('  \n')).toBeNull();
  });

  it('wraps fragments and bare bodies into a whole document', () => {
    expect(parseDocument('<p>para</p>')?.body.innerHTML).toBe('<p>para</p>');
    expect(parseDocument('hello')?.body.textContent).toBe('hello');
    expect(parseDocument('<body><p>x</p></body>')?.body.innerHTML).toBe('<p>x</p>');
  });

  it('parses whole documents as they are', () => {
    const doc = parseDocument('<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><p>x</p></body></html>');
    expect(doc?.documentElement.getAttribute('lang')).toBe('de');
    expect(doc?.title).toBe('T');
  });
});
