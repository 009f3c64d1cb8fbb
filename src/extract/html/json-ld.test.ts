import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld.js';

describe('readJsonLd', () => {
  it('picks the article node of a @graph and reads its fields', () => {
    const ld = readJsonLd([
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Site' },
          { '@type': 'Organization', name: 'Org Name' },
          { '@type': 'NewsArticle', headline: 'Head', datePublished: '2022-01-12', author: [{ name: 'A' }, 'B'], url: 'https://x.example/a' },
        ],
      }),
    ]);
    expect(ld).toEqual({ headline: 'Head', datePublished: '2022-01-12', authors: ['A', 'B'], publisher: 'Org Name', url: 'https://x.example/a', inLanguage: null, articleBody: null });
  });

  it('tolerates raw newlines and trailing commas, skips broken blocks', () => {
    const ld = readJsonLd(['{ not json', '{"@type": "Article", "headline": "Line\none", "publisher": {"name": "P"},}']);
    expect(ld?.headline).toBe('Line one');
    expect(ld?.publisher).toBe('P');
  });

  it('returns null when no node is an article or page', () => {
    expect(readJsonLd(['{"@type": "BreadcrumbList"}'])).toBeNull();
  });
});
