import type { Command } from 'commander';
import { toFilter, toPage } from '../../service/library.js';
import type { Page, ReadingFilter } from '../../store/repository.js';

export interface FilterOptions {
  source?: string;
  category?: string;
  since?: string;
  unread?: boolean;
  limit?: string;
  offset?: string;
  json?: boolean;
}

/** The filters list, search and export share. */
export function withFilters(cmd: Command, paging = true): Command {
  cmd
    .option('--source <outlet>', 'only readings from this outlet')
    .option('--category <name>', 'only readings in this category')
    .option('--since <date>', 'only readings published (else added) on or after this date (2022-01-14, yesterday, "3 days ago", 7d)')
    .option('--unread', 'only readings never read');
  if (paging) cmd.option('--limit <n>', 'at most this many', '50').option('--offset <n>', 'skip this many', '0');
  return cmd;
}

export function parseFilters(options: FilterOptions): { filter: ReadingFilter; page: Page } {
  return {
    filter: toFilter(options),
    page: toPage(options.limit === undefined ? undefined : Number(options.limit), options.offset === undefined ? undefined : Number(options.offset)),
  };
}
