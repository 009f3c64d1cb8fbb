import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { extractText } from '../src/extract/text/extract-text.js';
import type { ExtractedArticle } from '../src/domain/types.js';

// Golden fixtures: fixtures/<kind>/<case>/{input.html|input.txt, expected.txt, expected.json, options.json?}.
// expected.txt holds the paragraphs joined by a blank line; expected.json the
// metadata fields to compare (a field left out is not checked), or
// {"error": "<code>"} for inputs that must fail; options.json {"url"} the
// address the input is extracted as. Add one with scripts/add-fixture.ts.
const ROOT = new URL('../fixtures/', import.meta.url).pathname;
const KINDS = { html: { input: 'input.html', run: extractHtml }, text: { input: 'input.txt', run: extractText } } as const;

for (const [kind, { input, run }] of Object.entries(KINDS)) {
  const dir = join(ROOT, kind);
  const cases = existsSync(dir) ? readdirSync(dir).filter((c) => existsSync(join(dir, c, input))).sort() : [];
  describe(`${kind} fixtures`, () => {
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const name of cases) {
      it(name, () => {
        const caseDir = join(dir, name);
        const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Record<string, unknown>;
        const source = readFileSync(join(caseDir, input), 'utf8');
        const optionsPath = join(caseDir, 'options.json');
        const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as { url?: string }) : {};
        const url = options.url ?? null;
        if (typeof expected.error === 'string') {
          expect(() => run(source, { url })).toThrow(expect.objectContaining({ code: expected.error }));
          return;
        }
        const article: ExtractedArticle = run(source, { url });
        expect(article.paragraphs.join('\n\n')).toBe(readFileSync(join(caseDir, 'expected.txt'), 'utf8').trim());
        for (const field of ['title', 'outlet', 'published', 'byline', 'language', 'url', 'category'] as const) {
          if (field in expected) expect({ [field]: article[field] }).toEqual({ [field]: expected[field] });
        }
      });
    }
  });
}
