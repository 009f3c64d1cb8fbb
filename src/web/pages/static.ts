import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { packageRoot } from '../../config/package-root.js';
import type { AppEnv } from '../context.js';

/** The stylesheet, script and icon, served from this process only (no CDN, no web fonts). */
const TYPES: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'icon.svg': 'image/svg+xml',
};

interface Asset {
  body: Uint8Array;
  type: string;
  hash: string;
}

/** src/web/static in the checkout, whether this runs from the sources, dist/ or the bundle. */
const staticDir = (): string => join(packageRoot(), 'src', 'web', 'static');

let assets: Map<string, Asset> | null = null;

function loadAssets(): Map<string, Asset> {
  if (assets) return assets;
  const dir = staticDir();
  const loaded = new Map<string, Asset>();
  for (const [name, type] of Object.entries(TYPES)) {
    const body = new Uint8Array(readFileSync(join(dir, name)));
    loaded.set(name, { body, type, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) });
  }
  assets = loaded;
  return loaded;
}

/** "/static/app.css?v=<hash>": the hash changes with the file, so it can be cached for a year. */
export function assetUrl(name: keyof typeof TYPES & string): string {
  const asset = loadAssets().get(name);
  return `/static/${name}${asset ? `?v=${asset.hash}` : ''}`;
}

export function registerStatic(app: Hono<AppEnv>): void {
  app.get('/static/:name', (c) => {
    const asset = loadAssets().get(c.req.param('name'));
    if (!asset) return c.text('not found', 404);
    const versioned = c.req.query('v') === asset.hash;
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': asset.type,
      'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: `"${asset.hash}"`,
      'x-content-type-options': 'nosniff',
    });
  });
}
