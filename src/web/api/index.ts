import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';
import { accountRoutes } from './accounts.js';
import { apiError, toApiError } from './errors.js';
import { feedRoutes } from './feeds.js';
import { importRoutes } from './imports.js';
import { readingRoutes } from './readings.js';
import { router } from './route-kit.js';
import { searchRoutes } from './search.js';
import { storyRoutes } from './stories.js';

export const API_BASE = '/api/v1';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Readings API',
    version: '1.0.0',
    description: 'Your reading library: readings, search, similar readings, stories, summaries and corroboration, feed subscriptions, and imports of reading lists. Authenticate with `Authorization: Bearer <token>` (create one with `readings token create` or in the web app). Errors are `{"error": {"code", "message"}}` with a stable code.',
  },
  servers: [{ url: API_BASE }],
};

/** The JSON API, mounted at /api/v1. Auth and the user's library come from the app's middleware (context.ts). */
export function createApi(): OpenAPIHono<AppEnv> {
  const api = router();
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'an API token, `rdg_…`' });
  api.route('/', readingRoutes);
  api.route('/', searchRoutes);
  api.route('/', storyRoutes);
  api.route('/', feedRoutes);
  api.route('/', importRoutes);
  api.route('/', accountRoutes);
  api.doc31('/openapi.json', OPENAPI_INFO);
  api.notFound((c) => apiError(c, 'not_found', `no such endpoint: ${c.req.method} ${c.req.path}`));
  api.onError((error, c) => toApiError(c, error));
  return api;
}
