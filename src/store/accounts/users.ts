import type { Db } from '../open-database.js';

export type Role = 'admin' | 'user';

export interface UserRecord {
  id: string;
  username: string;
  passwordHash: string;
  role: Role;
  /** The first admin: their library is the configured one (the CLI's). */
  primaryLibrary: boolean;
  createdAt: string;
  updatedAt: string;
}

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: Role;
  primary_library: number;
  created_at: string;
  updated_at: string;
}

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  passwordHash: r.password_hash,
  role: r.role,
  primaryLibrary: r.primary_library === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class UserStore {
  private readonly byIdStmt;

  constructor(private readonly db: Db) {
    this.byIdStmt = db.prepare('SELECT * FROM users WHERE id = ?');
  }

  insert(user: UserRecord): void {
    this.db
      .prepare(`INSERT INTO users (id, username, password_hash, role, primary_library, created_at, updated_at)
        VALUES (@id, @username, @passwordHash, @role, @primary, @createdAt, @updatedAt)`)
      .run({ ...user, primary: user.primaryLibrary ? 1 : 0 });
  }

  byId(id: string): UserRecord | null {
    const row = this.byIdStmt.get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  byUsername(username: string): UserRecord | null {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  /** The first admin, if there is one yet. */
  primary(): UserRecord | null {
    const row = this.db.prepare('SELECT * FROM users WHERE primary_library = 1').get() as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  list(): UserRecord[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY created_at, username').all() as UserRow[]).map(toUser);
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM users').pluck().get() as number;
  }

  setPassword(id: string, passwordHash: string, at: string): boolean {
    return this.db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(passwordHash, at, id).changes > 0;
  }
}
