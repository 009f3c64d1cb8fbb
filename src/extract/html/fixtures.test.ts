import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReadingsError } from '../../domain/errors.js';
import { extractHtml } from './extract-html.js';

const ROOT = join(import.meta.dirname, '../../../fixtures/html');
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('extractHtml golden fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(ROOT, name);
      const html = readFileSync(join(dir, 'input.html'), 'utf8');
      const optionsPath = join(dir, 'options.json');
      const url = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as { url: string }).url : null;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
      if (typeof expected['error'] === 'string') {
        let error: unknown;
        try {
          extractHtml(html, { url });
        } catch (e) {
          error = e;
        }
        expect(isReadingsError(error) && error.code).toBe(expected['error']);
        return;
      }
      const article = extractHtml(html, { url });
      expect(article.paragraphs.join('\n\n')).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8').trim());
      const { title, outlet, published, byline, language, url: canonical } = article;
      expect({ title, outlet, published, byline, language, url: canonical }).toEqual(expected);
    });
  }
});
