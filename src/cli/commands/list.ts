import type { Command } from 'commander';
import { searchReadings } from '../../service/library.js';
import { toListView } from '../../service/reading-views.js';
import type { CliContext } from '../context.js';
import { formatReadingLine } from '../format.js';
import { printJson, printLine, renderSnippet } from '../output.js';
import { parseFilters, withFilters, type FilterOptions } from './filters.js';

export function registerList(program: Command, context: () => CliContext): void {
  withFilters(program.command('list').description('the library, newest first'))
    .option('--json', 'JSON output')
    .action((options: FilterOptions) => {
      const { filter, page } = parseFilters(options);
      const repo = context().repo();
      const readings = repo.list(filter, page);
      if (options.json) {
        printJson({ total: repo.count(filter), limit: page.limit, offset: page.offset, readings: readings.map(toListView) });
        return;
      }
      if (readings.length === 0) printLine('No readings. Add some with: readings add <url | file | dir | ->');
      for (const r of readings) printLine(formatReadingLine(r));
    });

  withFilters(program.command('search').description('full-text search, best matches first (BM25)').argument('<query>', 'words, "a phrase", word*, a OR b'))
    .option('--json', 'JSON output')
    .action((query: string, options: FilterOptions) => {
      const { filter, page } = parseFilters(options);
      const hits = searchReadings(context().repo(), query, filter, page);
      if (options.json) {
        printJson({ query, hits: hits.map((h) => ({ score: Number(h.score.toFixed(4)), snippet: h.snippet, reading: toListView(h.reading) })) });
        return;
      }
      if (hits.length === 0) printLine(`No readings match "${query}".`);
      const tty = Boolean(process.stdout.isTTY);
      for (const h of hits) {
        printLine(formatReadingLine(h.reading));
        printLine(`    ${renderSnippet(h.snippet, tty)}`);
      }
    });
}
