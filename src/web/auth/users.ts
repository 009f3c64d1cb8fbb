import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ReadingsError } from '../../domain/errors.js';
import type { Accounts } from '../../store/accounts/open-accounts.js';
import type { Role, UserRecord } from '../../store/accounts/users.js';
import { hashPassword } from './passwords.js';

export const usernameSchema = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits and . _ @ - only');
export const passwordSchema = z.string().min(8, 'at least 8 characters').max(1024);

/** What may be shown about a user (never the hash). */
export interface PublicUser {
  id: string;
  username: string;
  role: Role;
  createdAt: string;
}

export const toPublicUser = (u: UserRecord): PublicUser => ({ id: u.id, username: u.username, role: u.role, createdAt: u.createdAt });

/**
 * Each user's library file: the first admin's is the configured library (so
 * the CLI and the admin's web library are one), every other user's is
 * `<data dir>/libraries/<user id>.db`.
 */
export function libraryPathOf(configuredLibrary: string, user: Pick<UserRecord, 'id' | 'primaryLibrary'>): string {
  return user.primaryLibrary ? configuredLibrary : join(dirname(configuredLibrary), 'libraries', `${user.id}.db`);
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
}

/** Creates a user; the first admin ever created gets the configured library. Fails with `duplicate` when the name is taken. */
export async function createUser(accounts: Accounts, input: NewUser, now: Date = new Date()): Promise<UserRecord> {
  const username = usernameSchema.parse(input.username);
  const password = passwordSchema.parse(input.password);
  const passwordHash = await hashPassword(password);
  return accounts.transaction(() => {
    if (accounts.users.byUsername(username)) throw new ReadingsError('duplicate', 'a user with this name already exists', username);
    const at = now.toISOString();
    const user: UserRecord = {
      id: randomUUID(),
      username,
      passwordHash,
      role: input.role,
      primaryLibrary: input.role === 'admin' && accounts.users.primary() === null,
      createdAt: at,
      updatedAt: at,
    };
    accounts.users.insert(user);
    return user;
  });
}

/** A user by name, or the first admin when no name is given (the CLI's default). */
export function findUser(accounts: Accounts, username?: string): UserRecord {
  const user = username ? accounts.users.byUsername(username) : accounts.users.primary();
  if (!user) throw new ReadingsError('not_found', username ? 'no user with this name' : 'no admin yet: run readings serve once to create one', username ?? 'user');
  return user;
}
