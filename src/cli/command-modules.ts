import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { wordTable } from '../domain/strings.js';

export type Register = (program: Command, context: () => CliContext) => void;

// Each command module pulls in its part of the service layer; loading all of
// them costs a quarter of a second before any work starts. Only the named
// command's module is loaded, except for help and unknown words, which need all.
const MODULES: Record<string, () => Promise<Register>> = {
  add: async () => (await import('./commands/add.js')).registerAdd,
  list: async () => (await import('./commands/list.js')).registerList,
  reading: async () => (await import('./commands/reading.js')).registerReadingCommands,
  stories: async () => (await import('./commands/stories.js')).registerStoryCommands,
  summaries: async () => (await import('./commands/summaries.js')).registerSummaryCommands,
  export: async () => (await import('./commands/export.js')).registerExport,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  feeds: async () => (await import('./commands/feeds.js')).registerFeeds,
  config: async () => (await import('./commands/config.js')).registerConfig,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  token: async () => (await import('./commands/token.js')).registerToken,
};

const MODULE_OF_COMMAND = wordTable<keyof typeof MODULES>({
  add: 'add',
  list: 'list',
  search: 'list',
  show: 'reading',
  read: 'reading',
  unread: 'reading',
  category: 'reading',
  original: 'reading',
  delete: 'reading',
  similar: 'stories',
  stories: 'stories',
  story: 'stories',
  regroup: 'stories',
  summary: 'summaries',
  compare: 'summaries',
  summarize: 'summaries',
  export: 'export',
  extract: 'extract',
  feeds: 'feeds',
  watch: 'feeds',
  config: 'config',
  serve: 'serve',
  token: 'token',
});

/** Global options that take a value, so that the value is not taken for the command name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(['--db', '--workers']);

/** The command word of a command line (`node readings [global options] <command> …`), if any. */
export function commandWord(argv: readonly string[]): string | null {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return argv[i + 1] ?? null;
    if (!arg.startsWith('-')) return arg;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i++;
  }
  return null;
}

/** The register functions a command line needs, in the order `readings --help` lists them. */
export async function commandModulesFor(argv: readonly string[]): Promise<Register[]> {
  const word = commandWord(argv);
  const only = word === null ? undefined : MODULE_OF_COMMAND[word];
  const names = only ? [only] : (Object.keys(MODULES) as (keyof typeof MODULES)[]);
  return Promise.all(names.map((name) => MODULES[name]!()));
}
