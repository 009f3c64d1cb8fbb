import type { Config } from '../config/config.js';
import { DEFAULT_BUSY_TIMEOUT_MS } from '../store/open-database.js';
import { openStorage, type Storage } from '../store/storage.js';

/**
 * Opens a library for the server's requests. A request answers rather than
 * waits: while another process (an import in a terminal) holds the library's
 * write lock, a write waits at most DEFAULT_BUSY_TIMEOUT_MS (or the
 * configured wait, when shorter), then gets a 503 with Retry-After.
 */
export function openForRequests(config: Config): (path: string) => Storage {
  const busyTimeoutMs = Math.min(config.busyTimeoutMs, DEFAULT_BUSY_TIMEOUT_MS);
  return (path) => openStorage(path, { busyTimeoutMs });
}
