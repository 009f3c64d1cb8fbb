import { Agent } from 'undici';
import { createGuardedConnector, type Resolver } from '../../fetch/guarded-connector.js';

/** How feeds and their articles are fetched: the same limits and guard as URL ingest. */
export interface FeedFetchSettings {
  allowPrivate: boolean;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

/**
 * One keep-alive connection pool for a whole refresh, every connection through the
 * SSRF guard (the address each socket really connects to is checked).
 */
export function createFeedAgent(settings: FeedFetchSettings, resolve?: Resolver): Agent {
  return new Agent({
    connect: createGuardedConnector({ allowPrivate: settings.allowPrivate, connectTimeoutMs: settings.connectTimeoutMs, resolve }),
    headersTimeout: settings.totalTimeoutMs,
    bodyTimeout: settings.totalTimeoutMs,
    keepAliveTimeout: 4_000,
    connections: 4,
  });
}
