/**
 * The contract between the server core (app, auth, API) and the HTML pages.
 *
 * `createApp(deps)` (app.ts) runs these middlewares, in order, before any page
 * or API route, and then calls `registerPages(app, deps)` (pages/index.ts):
 *
 * 1. security headers on every response (CSP `default-src 'self'`, no inline
 *    scripts; nosniff; no referrer; no framing);
 * 2. CSRF: every request gets `c.var.csrfToken`; every non-GET request that is
 *    not an API call with `Authorization: Bearer` or an `application/json`
 *    body must carry it, as the form field `_csrf` (put it in every form with
 *    `csrfField(c.var.csrfToken)` from `auth/csrf.ts`) or the header
 *    `X-CSRF-Token`, else 403;
 * 3. authentication: by `Authorization: Bearer <token>` (API only) or the
 *    session cookie. On every path but the public ones (`isPublicPath` in
 *    `auth/middleware.ts`: /login, /logout, /setup/…, /static/…, /favicon.ico,
 *    /api/v1/openapi.json, /healthz), a request without a user is answered
 *    before it reaches a route: 401 JSON under /api, else a redirect to
 *    `/login?next=<path>`.
 *
 * So a page handler on a non-public path can rely on:
 *
 * ```ts
 * app.get('/', (c) => {
 *   const user = c.var.user;        // AuthUser: who is signed in
 *   const storage = c.var.storage;  // Storage: that user's own library (openStorage)
 *   const token = c.var.csrfToken;  // for the forms on the page
 *   const readings = storage.readings.list({}, { limit: 50, offset: 0 });
 *   …
 * });
 * ```
 *
 * and on every path (public ones too) on `c.var.deps` and `c.var.csrfToken`.
 * `c.var.user` and `c.var.storage` are unset on public paths.
 *
 * Auth routes served by the core (pages may render the GET side, see
 * `auth/routes.ts`): `GET /login` (a plain form, used only when the pages do
 * not register their own), `POST /login` (form: username, password, _csrf,
 * next → 303 to `next` or `/`; failures → 303 to
 * `/login?error=invalid_credentials|rate_limited`), `POST /logout` (→ 303
 * `/login`), `GET /setup/:token` and `POST /setup/:token` (first admin).
 */
import type { Config } from '../config/config.js';
import type { Accounts } from '../store/accounts/open-accounts.js';
import type { Storage } from '../store/storage.js';
import type { LibraryCache, LibraryLease } from './auth/libraries.js';
import type { FeedScheduler } from './feeds/feed-scheduler.js';
import type { ImportJobs } from './imports/import-jobs.js';
import type { LibraryWriter } from './writer/library-writer.js';

/** The signed-in user, as every route sees it. */
export interface AuthUser {
  id: string;
  username: string;
  role: 'admin' | 'user';
  /** How this request was authenticated. */
  via: 'session' | 'token';
}

/** What the server process holds for every request: built once by `startServer`. */
export interface AppDeps {
  config: Config;
  accounts: Accounts;
  /** Open libraries, one per user (`libraries.acquire(userId)`). */
  libraries: LibraryCache;
  /** Where ingests run (a thread of their own when built, else in-process). */
  writer: LibraryWriter;
  /** Refreshes the libraries' feeds on schedule; absent when the server runs without it (`serve --no-feeds`). */
  feeds?: FeedScheduler;
  /** Uploads that list many inputs, imported in the background. */
  imports: ImportJobs;
  now?: () => Date;
}

export interface Variables {
  deps: AppDeps;
  /** Set on every non-public path: the signed-in user. */
  user: AuthUser;
  /** Set on every non-public path: the signed-in user's library. */
  storage: Storage;
  /** The lease behind `storage`: `library.exclusive(fn)` runs ingests of this library one at a time. */
  library: LibraryLease;
  /** Set on every path: the CSRF token to put in forms. */
  csrfToken: string;
}

/** The Hono environment of the whole app: `new Hono<AppEnv>()`. */
export interface AppEnv {
  Variables: Variables;
}

/** The time now, as the app's clock gives it (tests set one). */
export function nowOf(deps: Pick<AppDeps, 'now'>): Date {
  return deps.now?.() ?? new Date();
}
