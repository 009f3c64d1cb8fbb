/**
 * Headless Chromium (playwright-core, the system's /usr/bin/chromium, never a
 * downloaded one) against the real server on 127.0.0.1 with a fresh library
 * in a temp dir: what the browser tests share.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { startServer as startSite, type Route, type TestServer } from './http-server.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const PASSWORD = 'correct horse battery staple';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserSession {
  /** The temp dir: the library, the browser profile, `screenshots/`. */
  dir: string;
  server: RunningServer;
  /** The other site the test's pages link to (feeds, saved links), when it asked for one. */
  site: TestServer | null;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the pages' scripts. */
  pageErrors: string[];
  url(path: string): string;
  /** Signs in as the first admin from the sign-in page. */
  signIn(): Promise<void>;
  /** Closes the browser and the server; keeps the temp dir when KEEP_SCREENSHOTS is set. */
  close(): Promise<void>;
}

/** `site`: routes of a second local server for the pages to reach (the Readings server then allows private addresses). */
export async function startBrowserSession(options: { name: string; javaScriptEnabled?: boolean; site?: Record<string, Route> }): Promise<BrowserSession> {
  const dir = mkdtempSync(join(tmpdir(), `readings-${options.name}-`));
  const site = options.site ? await startSite(options.site) : null;
  const { config } = loadConfig({ READINGS_DB: join(dir, 'library.db') });
  const server = await startServer({ config: { ...config, workers: 0, allowPrivate: site !== null }, host: '127.0.0.1', port: 0, env: { READINGS_ADMIN_PASSWORD: PASSWORD } });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const url = (path: string): string => `${server.url}${path}`;
  return {
    dir, server, site, context, page, pageErrors, url,
    async signIn() {
      await page.goto(url('/'));
      await page.fill('#username', 'admin');
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL(url('/')), page.click('button[type=submit]')]);
    },
    async close() {
      await context.close();
      await server.close();
      await site?.close();
      if (process.env.KEEP_SCREENSHOTS) console.log(`screenshots in ${join(dir, 'screenshots')}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The suite's session: started before its tests when Chromium is there (`ready` runs on it then), closed after
 * them. Returns the session, for the tests to read once it has started.
 */
export function useBrowserSession(options: Parameters<typeof startBrowserSession>[0], ready?: (session: BrowserSession) => void): () => BrowserSession {
  let session: BrowserSession | null = null;
  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    session = await startBrowserSession(options);
    ready?.(session);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
}
