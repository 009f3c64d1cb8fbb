import type { Command } from 'commander';
import { ReadingsError } from '../../domain/errors.js';
import { bodyReadingMinutes, countWords } from '../../extract/common/words.js';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';

interface ExtractOptions {
  json?: boolean;
  charset?: string;
}

export function registerExtract(program: Command, context: () => CliContext): void {
  program
    .command('extract')
    .description('extraction only, nothing stored: the clean text, or every field as JSON')
    .argument('<input>', 'URL | file | -')
    .option('--charset <label>', 'decode with this charset, whatever the input declares')
    .option('--json', 'JSON output with every extracted field')
    .action(async (input: string, options: ExtractOptions) => {
      const [{ extractFormatted, sniffInput }, { expandArgument }, { sourceLoader }] = await Promise.all([
        import('../../extract/extract-input.js'),
        import('../../service/input-sources.js'),
        import('../../service/load-source.js'),
      ]);
      const ctx = context();
      const sources = [];
      for await (const s of expandArgument(input, {})) sources.push(s);
      const source = sources[0];
      if (sources.length !== 1 || !source) throw new ReadingsError('invalid_argument', 'extract takes exactly one article (a URL, a file or -)', input);
      if (source.kind === 'invalid') throw source.error;
      const raw = await sourceLoader(ctx.config)(source);
      const opts = { maxBytes: ctx.config.maxInputBytes, charset: options.charset ?? null };
      const article = extractFormatted(raw, sniffInput(raw, opts), opts);
      const words = countWords(article.paragraphs);
      if (options.json) {
        printJson({ ...article, wordCount: words, readingMinutes: bodyReadingMinutes(article.paragraphs, words) });
        return;
      }
      const head = [article.outlet, article.byline && `by ${article.byline}`, article.published, article.url].filter(Boolean);
      printLine(article.title ?? '(no title)');
      if (head.length) printLine(head.join(' · '));
      printLine();
      printLine(article.paragraphs.join('\n\n'));
    });
}
