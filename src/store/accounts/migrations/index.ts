import type { Migration } from '../../migrations/index.js';
import * as createAccounts from './0001-create-accounts.js';

/** The accounts database's own migrations: forward-only, in order. Append; never edit one that has shipped. */
export const ACCOUNT_MIGRATIONS: readonly Migration[] = [createAccounts];
