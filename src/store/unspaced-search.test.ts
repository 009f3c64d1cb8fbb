import { describe, expect, it } from 'vitest';
import { likePattern, unspacedSnippet, substringTerms } from './unspaced-search.js';

describe('search in scripts written without spaces', () => {
  it('takes a query with a word in such a script as substrings to look for, every word of it', () => {
    expect(substringTerms('tariffs China')).toBeNull();
    expect(substringTerms('Москва')).toBeNull();
    expect(substringTerms('商標法')).toEqual(['商標法']);
    expect(substringTerms('iPhone 「脱獄」 OR')).toEqual(['iPhone', '脱獄']);
    expect(substringTerms('"商標法 違反"')).toEqual(['商標法 違反']);
  });

  it('escapes what LIKE would read as a wildcard', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('shows the text around the first match on one line, every term marked once', () => {
    const text = `${'前置き。'.repeat(30)}\n\n先日、商標法違反の疑いで男性が逮捕されました。\n\n${'後書き。'.repeat(30)}`;
    const snippet = unspacedSnippet(text, ['商標', '商標法'], '[', ']');
    expect(snippet).toMatch(/^….*。 先日、\[商標法\]違反の疑いで男性が逮捕されました。 後書き.*…$/u);
    expect(unspacedSnippet('短い文です。', ['ない'], '[', ']')).toBe('短い文です。');
  });
});
