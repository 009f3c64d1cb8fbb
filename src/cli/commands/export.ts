import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { ReadingsError } from '../../domain/errors.js';
import { exportLibrary, type ExportFormat } from '../../service/export.js';
import type { CliContext } from '../context.js';
import { startProgress } from '../progress.js';
import { parseFilters, withFilters, type FilterOptions } from './filters.js';

interface ExportOptions extends FilterOptions {
  format: string;
  out?: string;
}

export function registerExport(program: Command, context: () => CliContext): void {
  withFilters(program.command('export').description('write the library as JSONL (everything, originals included) or Markdown'), false)
    .requiredOption('--format <format>', 'jsonl | markdown')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: ExportOptions) => {
      if (options.format !== 'jsonl' && options.format !== 'markdown') {
        throw new ReadingsError('invalid_argument', 'format must be jsonl or markdown', `--format ${options.format}`);
      }
      const { filter } = parseFilters(options);
      const repo = context().repo();
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      const progress = options.out ? startProgress('Exporting', repo.count(filter)) : startProgress('', 0);
      for (const chunk of exportLibrary(repo, options.format as ExportFormat, filter)) {
        if (!out.write(chunk)) await once(out, 'drain');
        progress.tick();
      }
      progress.stop();
      if (options.out) {
        (out as ReturnType<typeof createWriteStream>).end();
        await once(out, 'finish');
      }
    });
}
