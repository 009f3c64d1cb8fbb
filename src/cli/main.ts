import { Command, CommanderError } from 'commander';
import { createContext, type CliContext } from './context.js';
import { registerAdd } from './commands/add.js';
import { registerConfig } from './commands/config.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerFeeds } from './commands/feeds.js';
import { registerList } from './commands/list.js';
import { registerReadingCommands } from './commands/reading.js';
import { registerServe } from './commands/serve.js';
import { registerStoryCommands } from './commands/stories.js';
import { registerSummaryCommands } from './commands/summaries.js';
import { registerToken } from './commands/token.js';
import { EXIT, printError } from './output.js';

interface GlobalOptions {
  db?: string;
  allowPrivate?: boolean;
  workers?: string;
}

export function buildProgram(): { program: Command; close: () => void } {
  const program = new Command();
  program
    .name('readings')
    .description('A self-hosted news reading library: articles in, clean readings out.')
    .version('0.1.0')
    .option('--db <path>', 'library file (default: $READINGS_DB, else the per-user data dir)')
    .option('--allow-private', 'allow fetching loopback, private and link-local addresses')
    .option('--workers <n>', 'extraction worker threads for bulk import')
    .showHelpAfterError()
    .exitOverride();
  let ctx: CliContext | null = null;
  const context = (): CliContext => {
    if (!ctx) {
      const g = program.opts<GlobalOptions>();
      ctx = createContext({
        db: g.db,
        allowPrivate: g.allowPrivate ? true : undefined,
        workers: g.workers === undefined ? undefined : Number(g.workers),
      });
    }
    return ctx;
  };
  registerAdd(program, context);
  registerList(program, context);
  registerReadingCommands(program, context);
  registerStoryCommands(program, context);
  registerSummaryCommands(program, context);
  registerExport(program, context);
  registerExtract(program, context);
  registerFeeds(program, context);
  registerConfig(program, context);
  registerServe(program, context);
  registerToken(program, context);
  // Options after the command name (`readings add --allow-private URL`) are global too.
  program.enablePositionalOptions(false);
  for (const cmd of program.commands) {
    cmd.option('--db <path>', 'library file').option('--allow-private', 'allow private addresses');
    cmd.hook('preAction', (_this, action) => {
      const local = action.opts<GlobalOptions>();
      if (local.db) program.setOptionValue('db', local.db);
      if (local.allowPrivate) program.setOptionValue('allowPrivate', true);
    });
  }
  return { program, close: () => ctx?.close() };
}

export async function main(argv: string[]): Promise<number> {
  const { program, close } = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    printError(error);
    return EXIT.error;
  } finally {
    close();
  }
}

process.exitCode = await main(process.argv);
