import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApi, OPENAPI_INFO } from './api/index.js';

/** The committed copy at the repo root; regenerate it with `npm run openapi`. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi.json', import.meta.url));

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
