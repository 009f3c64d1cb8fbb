/** In-process harness for the web app and API tests: a real accounts DB and real libraries in a temp dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { loadConfig, type Config } from '../src/config/config.js';
import { accountsPath, openAccounts, type Accounts } from '../src/store/accounts/open-accounts.js';
import { createApp } from '../src/web/app.js';
import { createApiToken } from '../src/web/auth/api-tokens.js';
import { ensureAdmin, type FirstRun } from '../src/web/auth/first-run.js';
import { LibraryCache } from '../src/web/auth/libraries.js';
import type { AppEnv } from '../src/web/context.js';
import { createLibraryWriter } from '../src/web/writer/library-writer.js';
import { ImportJobs } from '../src/web/imports/import-jobs.js';
import { fileImportRecords } from '../src/web/imports/import-store.js';
import { resumeImports } from '../src/web/imports/upload-import.js';
import { openForRequests } from '../src/web/open-library.js';

export const ADMIN_PASSWORD = 'correct horse battery';
export const SEEDS = new URL('../../shared/data/seeds/raw/', import.meta.url).pathname;
/** Requests are made as if to this origin (loopback: cookies get Secure). */
export const ORIGIN = 'http://localhost';

export interface Harness {
  app: Hono<AppEnv>;
  accounts: Accounts;
  config: Config;
  dir: string;
  firstRun: FirstRun;
  libraries: LibraryCache;
  /** Imports a previous harness on the same folder left unfinished, resumed at the start. */
  resumed: number;
  /** Stops as a server shuts down (imports stop after the item in hand), keeping the folder for another harness. */
  stop(): Promise<void>;
  close(): void;
}

export async function startHarness(options: { allowPrivate?: boolean; adminPassword?: string | null; busyTimeoutMs?: number; dir?: string } = {}): Promise<Harness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'readings-web-'));
  const env = { READINGS_DB: join(dir, 'library.db'), ...(options.busyTimeoutMs === undefined ? {} : { READINGS_BUSY_TIMEOUT_MS: String(options.busyTimeoutMs) }) };
  const { config } = loadConfig(env, { allowPrivate: options.allowPrivate ?? false, workers: 0 });
  const accounts = openAccounts(accountsPath(config.db));
  const password = options.adminPassword === undefined ? ADMIN_PASSWORD : options.adminPassword;
  const firstRun = await ensureAdmin(accounts, password ? { READINGS_ADMIN_PASSWORD: password } : {});
  const libraries = new LibraryCache(16, openForRequests(config));
  // The server's own writer: a thread of its own when the build is there (the tests' global setup builds).
  const writer = createLibraryWriter(config);
  const imports = new ImportJobs(fileImportRecords);
  const deps = { config, accounts, libraries, writer, imports };
  const app = createApp(deps);
  const resumed = resumeImports(deps);
  return {
    app, accounts, config, dir, firstRun, libraries, resumed,
    async stop() {
      await imports.stopAll();
      await writer.close();
      libraries.closeAll();
      accounts.close();
    },
    close() {
      void imports.stopAll();
      void writer.close();
      libraries.closeAll();
      accounts.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh API token of the first admin (or of the named user). */
export function adminToken(h: Harness, username?: string): string {
  const user = username ? h.accounts.users.byUsername(username)! : h.accounts.users.primary()!;
  return createApiToken(h.accounts, user.id, 'test').token;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies loosely
export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A JSON API call with a bearer token. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies loosely
export async function call<T = any>(h: Harness, token: string | null, method: string, path: string, body?: unknown): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await h.app.request(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** A browser: keeps cookies between requests, reads the CSRF token from the page it gets. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly h: Harness) {}

  async request(method: string, path: string, options: { form?: Record<string, string>; multipart?: FormData; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | FormData | undefined = options.multipart;
    if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const res = await this.h.app.request(`${ORIGIN}${path}`, { method, headers, body });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    return res;
  }

  /** The CSRF token of the sign-in form (any page with a form would do). */
  async csrfToken(): Promise<string> {
    const page = await (await this.request('GET', '/login')).text();
    const match = /name="_csrf" value="([^"]+)"/.exec(page);
    if (!match) throw new Error('no CSRF field on /login');
    return match[1]!;
  }

  async login(username: string, password: string): Promise<Response> {
    const token = await this.csrfToken();
    return this.request('POST', '/login', { form: { username, password, _csrf: token, next: '/' } });
  }
}
