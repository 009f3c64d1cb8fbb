import type { Context } from 'hono';
import type { Accounts } from '../../store/accounts/open-accounts.js';
import type { UserRecord } from '../../store/accounts/users.js';
import { clearAppCookie, readCookie, SESSION_COOKIE, setAppCookie } from './cookies.js';
import { hashSecret, randomSecret } from './secrets.js';

/** A session lasts 30 days from sign-in. */
export const SESSION_DAYS = 30;
const DAY_MS = 86_400_000;
const TOUCH_EVERY_MS = 60_000;

/** Starts a session: a random id in the cookie, its hash in the accounts DB. */
export function startSession(c: Context, accounts: Accounts, userId: string, now: Date = new Date()): void {
  const id = randomSecret(32);
  const at = now.toISOString();
  accounts.sessions.insert({ idHash: hashSecret(id), userId, createdAt: at, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString(), lastSeenAt: at });
  setAppCookie(c, SESSION_COOKIE, id, SESSION_DAYS * 86_400);
}

/** The signed-in user of this request's session cookie, or null. */
export function sessionUser(c: Context, accounts: Accounts, now: Date = new Date()): UserRecord | null {
  const id = readCookie(c, SESSION_COOKIE);
  if (!id) return null;
  const session = accounts.sessions.live(hashSecret(id), now.toISOString());
  if (!session) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) accounts.sessions.touch(session.idHash, now.toISOString());
  return accounts.users.byId(session.userId);
}

/** Ends this request's session (in the DB and the browser). */
export function endSession(c: Context, accounts: Accounts): void {
  const id = readCookie(c, SESSION_COOKIE);
  if (id) accounts.sessions.delete(hashSecret(id));
  clearAppCookie(c, SESSION_COOKIE);
}
