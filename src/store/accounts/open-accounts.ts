import { dirname, join } from 'node:path';
import { openDatabase, type Db } from '../open-database.js';
import { ApiTokenStore } from './api-tokens.js';
import { LoginFailureStore } from './login-failures.js';
import { ACCOUNT_MIGRATIONS } from './migrations/index.js';
import { SessionStore } from './sessions.js';
import { SettingStore } from './settings.js';
import { SetupLinkStore } from './setup-links.js';
import { UserStore } from './users.js';

/** Users, sessions, API tokens, login failures, setup links: one SQLite file beside the libraries. */
export interface Accounts {
  users: UserStore;
  sessions: SessionStore;
  tokens: ApiTokenStore;
  loginFailures: LoginFailureStore;
  setupLinks: SetupLinkStore;
  settings: SettingStore;
  transaction<T>(fn: () => T): T;
  close(): void;
}

/** `accounts.db` in the data dir: the directory of the configured library. */
export function accountsPath(libraryPath: string): string {
  return join(dirname(libraryPath), 'accounts.db');
}

export function openAccounts(path: string): Accounts {
  const db: Db = openDatabase(path, ACCOUNT_MIGRATIONS);
  return {
    users: new UserStore(db),
    sessions: new SessionStore(db),
    tokens: new ApiTokenStore(db),
    loginFailures: new LoginFailureStore(db),
    setupLinks: new SetupLinkStore(db),
    settings: new SettingStore(db),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    close: () => db.close(),
  };
}
