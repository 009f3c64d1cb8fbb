import type { Command } from 'commander';
import { createApiToken, listApiTokens, revokeApiToken } from '../../web/auth/api-tokens.js';
import { findUser } from '../../web/auth/users.js';
import { accountsPath, openAccounts, type Accounts } from '../../store/accounts/open-accounts.js';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';

interface TokenOptions {
  user?: string;
  json?: boolean;
}

function withAccounts<T>(ctx: CliContext, fn: (accounts: Accounts) => T): T {
  const accounts = openAccounts(accountsPath(ctx.config.db));
  try {
    return fn(accounts);
  } finally {
    accounts.close();
  }
}

/** `readings token create|list|revoke`: API tokens for `Authorization: Bearer`, the first admin's unless --user. */
export function registerToken(program: Command, context: () => CliContext): void {
  const token = program.command('token').description('API tokens (Authorization: Bearer): create, list, revoke');

  token
    .command('create')
    .description('create a token; it is printed this once and stored only hashed')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--user <name>', 'whose token (default: the first admin)')
    .option('--json', 'JSON output')
    .action((options: TokenOptions & { name: string }) =>
      withAccounts(context(), (accounts) => {
        const user = findUser(accounts, options.user);
        const created = createApiToken(accounts, user.id, options.name);
        if (options.json) printJson({ ...created, user: user.username });
        else printLine(`${created.token}\n\nToken ${created.id} ("${created.name}") for ${user.username}. Copy it now: it is not shown again.`);
      }),
    );

  token
    .command('list')
    .description('the tokens (never the tokens themselves: id, name, prefix, created, last used)')
    .option('--user <name>', 'whose tokens (default: the first admin)')
    .option('--json', 'JSON output')
    .action((options: TokenOptions) =>
      withAccounts(context(), (accounts) => {
        const user = findUser(accounts, options.user);
        const tokens = listApiTokens(accounts, user.id);
        if (options.json) {
          printJson({ user: user.username, tokens });
          return;
        }
        if (tokens.length === 0) printLine(`No tokens for ${user.username}. Create one with: readings token create --name NAME`);
        for (const t of tokens) printLine(`${t.id}  ${t.prefix}…  ${t.name}  created ${t.createdAt}  last used ${t.lastUsedAt ?? 'never'}`);
      }),
    );

  token
    .command('revoke')
    .description('revoke a token by id: it stops working at once')
    .argument('<id>', 'token id (from token list)')
    .option('--user <name>', 'whose token (default: the first admin)')
    .option('--json', 'JSON output')
    .action((id: string, options: TokenOptions) =>
      withAccounts(context(), (accounts) => {
        const user = findUser(accounts, options.user);
        revokeApiToken(accounts, user.id, id);
        if (options.json) printJson({ revoked: id });
        else printLine(`revoked ${id}`);
      }),
    );
}
