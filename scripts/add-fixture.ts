// Adds a golden fixture from an input file, with the extractor's current output
// as the expected output. Read expected.txt and expected.json before committing:
// they must say what is RIGHT, not what the code does today.
//
//   npx tsx scripts/add-fixture.ts html|text <case-name> <input-file> [--url URL]
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isReadingsError } from '../src/domain/errors.js';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { extractText } from '../src/extract/text/extract-text.js';

const [kind, name, inputPath, ...rest] = process.argv.slice(2);
if ((kind !== 'html' && kind !== 'text') || !name || !inputPath) {
  process.stderr.write('usage: npx tsx scripts/add-fixture.ts html|text <case-name> <input-file> [--url URL]\n');
  process.exit(1);
}
const urlIndex = rest.indexOf('--url');
const url = urlIndex >= 0 ? (rest[urlIndex + 1] ?? null) : null;
const dir = join('fixtures', kind, name);
if (existsSync(dir)) {
  process.stderr.write(`${dir} exists already\n`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
if (url) writeFileSync(join(dir, 'options.json'), `${JSON.stringify({ url })}\n`);
copyFileSync(inputPath, join(dir, kind === 'html' ? 'input.html' : 'input.txt'));
const source = readFileSync(inputPath, 'utf8');
try {
  const article = kind === 'html' ? extractHtml(source, { url }) : extractText(source, { url });
  writeFileSync(join(dir, 'expected.txt'), `${article.paragraphs.join('\n\n')}\n`);
  const { title, outlet, published, byline, language, url: canonical, category } = article;
  const meta = { title, outlet, published, byline, language, url: canonical, category };
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(meta, null, 2)}\n`);
} catch (error) {
  if (!isReadingsError(error)) throw error;
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({ error: error.code }, null, 2)}\n`);
}
process.stdout.write(`wrote ${dir}: review expected.txt and expected.json before committing\n`);
