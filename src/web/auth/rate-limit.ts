import type { Accounts } from '../../store/accounts/open-accounts.js';

/** At most this many failed logins per window, per user name and per client address. */
export const LOGIN_LIMITS = { windowMs: 15 * 60_000, perUser: 5, perAddress: 20 } as const;

export interface LoginKeys {
  user: string;
  address: string;
}

export const loginKeys = (username: string, address: string): LoginKeys => ({ user: `user:${username.trim().toLowerCase()}`, address: `ip:${address}` });

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export function loginBlockedFor(accounts: Accounts, keys: LoginKeys, now: Date): number {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMs).toISOString();
  let wait = 0;
  for (const [key, limit] of [[keys.user, LOGIN_LIMITS.perUser], [keys.address, LOGIN_LIMITS.perAddress]] as const) {
    const { count, oldest } = accounts.loginFailures.since(key, since);
    if (count >= limit && oldest) wait = Math.max(wait, Math.ceil((Date.parse(oldest) + LOGIN_LIMITS.windowMs - now.getTime()) / 1000));
  }
  return Math.max(0, wait);
}

export function recordLoginFailure(accounts: Accounts, keys: LoginKeys, now: Date): void {
  accounts.loginFailures.record([keys.user, keys.address], now.toISOString());
  accounts.loginFailures.prune(new Date(now.getTime() - LOGIN_LIMITS.windowMs).toISOString());
}

export function clearLoginFailures(accounts: Accounts, keys: LoginKeys): void {
  accounts.loginFailures.clear(keys.user);
}
