import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../config/package-root.js';
import { createApi, OPENAPI_INFO } from './api/index.js';

/** The committed copy at the repo root; regenerate it with `npm run openapi`. */
export const OPENAPI_FILE = join(packageRoot(), 'openapi.json');

/** The OpenAPI 3.1 document of /api/v1, from the same zod schemas the routes validate with. */
export function openApiDocument(): Record<string, unknown> {
  const doc = createApi().getOpenAPI31Document(OPENAPI_INFO);
  return doc as unknown as Record<string, unknown>;
}

export const openApiText = (): string => `${JSON.stringify(openApiDocument(), null, 2)}\n`;

// `npm run openapi` (tsx src/web/openapi.ts): writes openapi.json.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OPENAPI_FILE, openApiText());
  console.log(`wrote ${OPENAPI_FILE}`);
}
