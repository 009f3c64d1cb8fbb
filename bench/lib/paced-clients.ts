/**
 * Clients with think time, for load tests: each of `clients` virtual users
 * sends a request, reads the whole answer, and sends its next one a random
 * interval after the previous send (uniform between 0.5 and 1.5 times
 * 1/rate), so that together they make `clients x rate` requests per second
 * spread over time, as people do. `rate` 0 means no think time: each client
 * sends its next request as soon as its last one is answered.
 *
 * Why not autocannon's `connectionRate`: it lets each connection send its
 * quota back to back at the start of every second, on timers that all start
 * together, so 200 clients x 2 req/s arrive as one burst of 400 requests
 * every second; what that measures is the time to drain the burst.
 */
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';

export interface PacedRun {
  latencies: number[];
  /** Requests slower than 500 ms: when (ms since the start), which path, how long. */
  slow: { at: number; path: string; ms: number }[];
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface PacedOptions {
  url: string;
  clients: number;
  rate: number;
  seconds: number;
  headers: Record<string, string>;
  path: () => string;
  timeoutMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function runPacedClients(options: PacedOptions): Promise<PacedRun> {
  const agent = new Agent({ connections: options.clients, pipelining: 1 });
  const gap = options.rate > 0 ? 1000 / options.rate : 0;
  const end = performance.now() + options.seconds * 1000;
  const timeout = options.timeoutMs ?? 10_000;
  const start = performance.now();
  const run: PacedRun = { latencies: [], slow: [], errors: 0, timeouts: 0, non2xx: 0 };
  const user = async (): Promise<void> => {
    let next = performance.now() + Math.random() * gap;
    for (;;) {
      if (gap > 0) await sleep(next - performance.now());
      if (performance.now() >= end) return;
      const sent = performance.now();
      next = sent + gap * (0.5 + Math.random());
      const path = options.path();
      try {
        const res = await request(`${options.url}${path}`, { dispatcher: agent, headers: options.headers, headersTimeout: timeout, bodyTimeout: timeout });
        await res.body.arrayBuffer();
        const ms = performance.now() - sent;
        run.latencies.push(ms);
        if (ms > 500) run.slow.push({ at: sent - start, path, ms });
        if (res.statusCode < 200 || res.statusCode >= 300) run.non2xx++;
      } catch (error) {
        run.errors++;
        if ((error as { code?: string }).code?.includes('TIMEOUT')) run.timeouts++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.clients }, user));
  } finally {
    await agent.close();
  }
  return run;
}
