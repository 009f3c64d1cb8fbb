import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { printLine } from '../output.js';
import { wholeNumberOption } from '../whole-number.js';

interface ServeOptions {
  port: string;
  host: string;
  feeds: boolean;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;

/** `readings serve`: the web app and the API in one process, over the same library as the CLI. */
export function registerServe(program: Command, context: () => CliContext): void {
  program
    .command('serve')
    .description('serve the web app and the REST API (/api/v1); the first start creates the admin from READINGS_ADMIN_PASSWORD or prints a one-time setup link')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--no-feeds', 'do not refresh feeds on schedule in this process (run `readings watch` elsewhere, or nothing)')
    .action(async (options: ServeOptions) => {
      const port = wholeNumberOption('--port', options.port, 0, 65_535);
      const { startServer } = await import('../../web/server.js');
      const ctx = context();
      const server = await startServer({ config: ctx.config, host: options.host, port, feeds: options.feeds });
      printLine(`Readings is serving ${ctx.config.db} at ${server.url} (API: ${server.url}/api/v1, description: ${server.url}/api/v1/openapi.json)`);
      if (server.firstRun.kind === 'admin_created') printLine(`Created the admin "${server.firstRun.username}" from READINGS_ADMIN_PASSWORD.`);
      if (server.resumedImports > 0) printLine(`Going on with ${server.resumedImports === 1 ? 'an import' : `${server.resumedImports} imports`} the last shutdown stopped.`);
      if (server.firstRun.kind === 'setup_link') printLine(`First start: open ${server.url}${server.firstRun.path} to create the admin account (the link works once, for 24 hours).`);
      if (options.feeds) printLine('Feeds are refreshed on schedule in this process (every user\'s library); --no-feeds turns that off.');
      if (!LOOPBACK.test(options.host)) process.stderr.write('readings: serving beyond this machine over plain HTTP: put it behind an HTTPS proxy so that passwords and cookies are not sent in clear\n');
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
