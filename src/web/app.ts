import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { randomSecret } from './auth/secrets.js';
import { csrfProtection } from './auth/csrf.js';
import { authentication } from './auth/middleware.js';
import { registerAuthRoutes, registerLoginFallback } from './auth/routes.js';
import type { AppDeps, AppEnv } from './context.js';
import { API_BASE, createApi } from './api/index.js';
import { apiError, retryLater, toApiError } from './api/errors.js';
import { asLibraryBusy } from '../store/busy.js';
import { registerPages } from './pages/index.js';
import { errorPage } from './pages/respond.js';
import { securityHeaders } from './auth/security-headers.js';

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * The whole web app: security headers, body limit, CSRF, authentication
 * (see context.ts for what routes can rely on), the JSON API under /api/v1,
 * sign-in and setup, and the HTML pages.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const csrfKey = deps.accounts.settings.getOrCreate('csrf_key', () => randomSecret(32));
  // A JSON-escaped body can be larger than the input it carries.
  const maxBody = Math.ceil(deps.config.maxInputBytes * 1.5) + 1024 * 1024;

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', securityHeaders());
  app.use('*', bodyLimit({
    maxSize: maxBody,
    onError: (c) => (isApi(c.req.path) ? apiError(c, 'payload_too_large', `the request body is over ${maxBody} bytes`) : errorPage(c, 413, 'Too large', `The upload is over ${maxBody} bytes.`)),
  }));
  app.use('*', csrfProtection(csrfKey));
  app.use('*', authentication());

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route(API_BASE, createApi());
  registerAuthRoutes(app);
  registerPages(app, deps);
  registerLoginFallback(app);

  app.notFound((c) => (isApi(c.req.path) ? apiError(c, 'not_found', `no such endpoint: ${c.req.method} ${c.req.path}`) : errorPage(c, 404, 'Not found', `There is no page at ${c.req.path}.`)));
  app.onError((error, c) => {
    if (isApi(c.req.path)) return toApiError(c, error);
    const busy = asLibraryBusy(error);
    if (busy) {
      retryLater(c);
      return errorPage(c, 503, 'Library busy', 'Your library is busy with another write (an import or a feed refresh). Try again in a moment.');
    }
    console.error(JSON.stringify({ level: 'error', msg: 'page_error', path: c.req.path, error: error instanceof Error ? error.stack : String(error) }));
    return errorPage(c, 500, 'Something went wrong', 'Something went wrong on our side. Try again, or go back to the library.');
  });
  return app;
}
