import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ReadingsError } from '../../domain/errors.js';
import type { ApiTokenRecord } from '../../store/accounts/api-tokens.js';
import type { Accounts } from '../../store/accounts/open-accounts.js';
import type { UserRecord } from '../../store/accounts/users.js';
import { hashSecret, randomSecret } from './secrets.js';

/** Every token starts with this, so that a leaked one is easy to recognise (and to scan for). */
export const TOKEN_PREFIX = 'rdg_';
const SHOWN_PREFIX = TOKEN_PREFIX.length + 6;
/** `last_used_at` is written at most this often per token, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export const tokenNameSchema = z.string().trim().min(1).max(100);

/** A token as lists show it: never the token, never its hash. */
export interface TokenInfo {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export const toTokenInfo = (t: ApiTokenRecord): TokenInfo => ({ id: t.id, name: t.name, prefix: t.prefix, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt });

/** Creates a token; the returned `token` is the only time it is ever seen (only its hash is stored). */
export function createApiToken(accounts: Accounts, userId: string, name: string, now: Date = new Date()): TokenInfo & { token: string } {
  const token = `${TOKEN_PREFIX}${randomSecret(32)}`;
  const record: ApiTokenRecord = {
    id: randomBytes(6).toString('hex'),
    userId,
    name: tokenNameSchema.parse(name),
    tokenHash: hashSecret(token),
    prefix: token.slice(0, SHOWN_PREFIX),
    createdAt: now.toISOString(),
    lastUsedAt: null,
  };
  accounts.tokens.insert(record);
  return { ...toTokenInfo(record), token };
}

export function listApiTokens(accounts: Accounts, userId: string): TokenInfo[] {
  return accounts.tokens.forUser(userId).map(toTokenInfo);
}

export function revokeApiToken(accounts: Accounts, userId: string, id: string): void {
  if (!accounts.tokens.delete(userId, id)) throw new ReadingsError('not_found', 'no token with this id', id);
}

/** The user a bearer token belongs to, or null for an unknown (or revoked) token. */
export function userOfToken(accounts: Accounts, token: string, now: Date = new Date()): UserRecord | null {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const record = accounts.tokens.byHash(hashSecret(token));
  if (!record) return null;
  if (!record.lastUsedAt || now.getTime() - Date.parse(record.lastUsedAt) > TOUCH_EVERY_MS) accounts.tokens.touch(record.id, now.toISOString());
  return accounts.users.byId(record.userId);
}
