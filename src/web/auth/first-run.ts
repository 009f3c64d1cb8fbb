import type { Accounts } from '../../store/accounts/open-accounts.js';
import { hashSecret, randomSecret } from './secrets.js';
import { createUser } from './users.js';

/** A setup link works for a day, once. */
const SETUP_LINK_HOURS = 24;

export type FirstRun =
  | { kind: 'ready' }
  | { kind: 'admin_created'; username: string }
  /** No admin and no password given: open `/setup/<token>` to create one. */
  | { kind: 'setup_link'; path: string };

/**
 * The first start: with no user yet, creates the admin from
 * READINGS_ADMIN_PASSWORD (name READINGS_ADMIN_USER, default "admin"), else
 * makes a one-time setup link to print. Does nothing once a user exists.
 */
export async function ensureAdmin(accounts: Accounts, env: NodeJS.ProcessEnv, now: Date = new Date()): Promise<FirstRun> {
  if (accounts.users.count() > 0) return { kind: 'ready' };
  const password = env.READINGS_ADMIN_PASSWORD;
  if (password) {
    const user = await createUser(accounts, { username: env.READINGS_ADMIN_USER || 'admin', password, role: 'admin' }, now);
    return { kind: 'admin_created', username: user.username };
  }
  const token = randomSecret(32);
  accounts.setupLinks.insert(hashSecret(token), now.toISOString(), new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000).toISOString());
  return { kind: 'setup_link', path: `/setup/${token}` };
}

/** Whether this setup token may still create the first admin. */
export function setupAllowed(accounts: Accounts, token: string, now: Date = new Date()): boolean {
  return accounts.users.count() === 0 && accounts.setupLinks.isLive(hashSecret(token), now.toISOString());
}
