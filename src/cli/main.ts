import { Command, CommanderError } from 'commander';
import { createContext, type CliContext } from './context.js';
import { commandModulesFor } from './command-modules.js';
import { endQuietlyWhenStdoutCloses } from './closed-stdout.js';
import { EXIT, printError } from './output.js';
import { isReadingsError, notFoundKind } from '../domain/errors.js';

interface GlobalOptions {
  db?: string;
  allowPrivate?: boolean;
  workers?: string;
}

export async function buildProgram(argv: string[]): Promise<{ program: Command; close: () => void; hint: (error: unknown) => Promise<string | null> }> {
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
  for (const register of await commandModulesFor(argv)) register(program, context);
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
  // A reading's id given where a story's is asked, or the other way round: say which it is.
  const hint = async (error: unknown): Promise<string | null> => {
    const asked = notFoundKind(error);
    if (!ctx || asked === null || !isReadingsError(error) || !error.input) return null;
    const { idKind } = await import('../service/id-kind.js');
    const kind = idKind(ctx.storage(), error.input);
    if (kind === null || kind === asked) return null;
    return kind === 'story'
      ? `${error.input} is a story: readings story ${error.input} (--summary for its summary), readings compare ${error.input}`
      : `${error.input} is a reading: readings show ${error.input}, readings summary ${error.input}`;
  };
  return { program, close: () => ctx?.close(), hint };
}

export async function main(argv: string[]): Promise<number> {
  const { program, close, hint } = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    printError(error);
    const also = await hint(error).catch(() => null);
    if (also) process.stderr.write(`readings: ${also}\n`);
    return EXIT.error;
  } finally {
    close();
  }
}

endQuietlyWhenStdoutCloses(EXIT.ok);
process.exitCode = await main(process.argv);
