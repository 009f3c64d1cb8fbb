import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isReadingsError } from '../../domain/errors.js';
import type { AppEnv } from '../context.js';
import { notice } from './components.js';
import { html, type Html } from './html.js';
import { page, type PageOptions, type Section } from './layout.js';

export type PagesApp = Hono<AppEnv>;
export type PageContext = Context<AppEnv>;

/** A full HTML page in the site frame. */
export function renderPage(c: PageContext, section: Section, title: string, body: Html, status: ContentfulStatusCode = 200, options: Omit<PageOptions, 'title'> = {}): Response {
  const user = c.get('user') as AppEnv['Variables']['user'] | undefined;
  const frame = { userName: user?.username ?? null, csrfToken: c.get('csrfToken') ?? null, section };
  c.header('cache-control', 'no-store');
  return c.html(page(frame, { ...options, title }, body).value, status);
}

/** "No reading with this id" and the like, as a page with the right status. */
export function errorPage(c: PageContext, status: ContentfulStatusCode, title: string, message: string): Response {
  return renderPage(c, null, title, html`<div class="page-head"><h1>${title}</h1></div>${notice('error', message)}<p><a href="/">Back to the library</a></p>`, status);
}

/**
 * Runs a page handler; a missing reading or story becomes a 404 page and a
 * bad parameter a 400 page. Anything else is a bug and goes to the app's handler.
 */
export async function guarded(c: PageContext, handler: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isReadingsError(error) && error.code === 'not_found') return errorPage(c, 404, 'Not found', `Nothing here: ${error.message}.`);
    if (isReadingsError(error) && error.code === 'invalid_argument') return errorPage(c, 400, 'Bad request', error.message);
    throw error;
  }
}
