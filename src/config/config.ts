import { homedir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_FETCH_USER_AGENT } from '../fetch/user-agent.js';
import { DEFAULT_THRESHOLD } from '../relate/assign-story.js';
import { DEFAULT_WINDOW_DAYS } from '../relate/find-similar.js';
import { DEFAULT_WORKER_HEAP_MB } from '../service/pool-sizing.js';

/** An optional OpenAI-compatible endpoint: off while baseUrl or model is unset. */
const endpointSchema = z.object({
  baseUrl: z.string().url().nullable(),
  model: z.string().nullable(),
  apiKey: z.string().nullable(),
  timeoutMs: z.number().int().positive(),
});

/** Every setting Readings reads, parsed once at start-up. */
export const configSchema = z.object({
  db: z.string().min(1).describe('SQLite library file'),
  allowPrivate: z.boolean().describe('allow fetching loopback/private/link-local addresses'),
  maxInputBytes: z.number().int().positive().describe('largest input accepted, file or download'),
  fetch: z.object({
    connectTimeoutMs: z.number().int().positive(),
    totalTimeoutMs: z.number().int().positive(),
    maxRedirects: z.number().int().min(0).max(20),
    userAgent: z.string().min(1),
  }),
  busyTimeoutMs: z.number().int().min(0).describe('how long a command waits for another process writing to the library before giving up (library_busy)'),
  workers: z.number().int().min(0).max(64).describe('extraction worker threads for bulk import (0 = in-process)'),
  workerHeapMb: z.number().int().min(16).max(8192).describe('heap limit of each extraction worker, MB (a page too large for it is extracted on the main thread)'),
  relate: z.object({
    windowDays: z.number().int().min(0).max(365).describe('days either side of the published day searched for the same story'),
    threshold: z.number().min(0).max(1).describe('least average link for a reading to join a story'),
  }),
  regroupEveryMinutes: z.number().int().min(0).max(10_080).describe('how often `watch`, the server, `feeds refresh` and `add` (between them) regroup the stories of the last windowDays as a whole, when readings came in (0 = never)'),
  llm: endpointSchema.describe('OpenAI-compatible chat endpoint (Ollama, llama.cpp) for abstractive story summaries; off when unset'),
  embeddings: endpointSchema.describe('OpenAI-compatible embeddings endpoint blended into similarity; off when unset'),
});

export type Config = z.infer<typeof configSchema>;

/** Where the configuration came from, for `readings config`. */
export type ConfigSource = 'default' | 'env' | 'flag';

export interface ConfigOverrides {
  db?: string;
  allowPrivate?: boolean;
  workers?: number;
}


/** The per-user data dir: $XDG_DATA_HOME/readings, else ~/.local/share/readings. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'readings');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'readings');
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'readings');
  return join(homedir(), '.local', 'share', 'readings');
}

const envNumber = (value: string | undefined): number | undefined =>
  value === undefined || value === '' ? undefined : Number(value);

const envBool = (value: string | undefined): boolean | undefined =>
  value === undefined || value === '' ? undefined : /^(1|true|yes|on)$/i.test(value);

/** Flags win over environment variables, which win over defaults. */
export function loadConfig(env: NodeJS.ProcessEnv, flags: ConfigOverrides = {}): { config: Config; sources: Record<string, ConfigSource> } {
  const sources: Record<string, ConfigSource> = {};
  const pick = <T>(key: string, flag: T | undefined, fromEnv: T | undefined, fallback: T): T => {
    if (flag !== undefined) { sources[key] = 'flag'; return flag; }
    if (fromEnv !== undefined) { sources[key] = 'env'; return fromEnv; }
    sources[key] = 'default';
    return fallback;
  };
  const endpoint = (key: string, prefix: string) => ({
    baseUrl: pick(`${key}.baseUrl`, undefined, env[`${prefix}_BASE_URL`] || undefined, null),
    model: pick(`${key}.model`, undefined, env[`${prefix}_MODEL`] || undefined, null),
    apiKey: pick(`${key}.apiKey`, undefined, env[`${prefix}_API_KEY`] || undefined, null),
    timeoutMs: pick(`${key}.timeoutMs`, undefined, envNumber(env[`${prefix}_TIMEOUT_MS`]), 30_000),
  });
  const raw = {
    db: pick('db', flags.db, env.READINGS_DB || undefined, join(defaultDataDir(env), 'library.db')),
    allowPrivate: pick('allowPrivate', flags.allowPrivate, envBool(env.READINGS_ALLOW_PRIVATE), false),
    maxInputBytes: pick('maxInputBytes', undefined, envNumber(env.READINGS_MAX_INPUT_BYTES), 10 * 1024 * 1024),
    fetch: {
      connectTimeoutMs: pick('fetch.connectTimeoutMs', undefined, envNumber(env.READINGS_CONNECT_TIMEOUT_MS), 10_000),
      totalTimeoutMs: pick('fetch.totalTimeoutMs', undefined, envNumber(env.READINGS_TOTAL_TIMEOUT_MS), 30_000),
      maxRedirects: pick('fetch.maxRedirects', undefined, envNumber(env.READINGS_MAX_REDIRECTS), 5),
      userAgent: pick('fetch.userAgent', undefined, env.READINGS_USER_AGENT || undefined, DEFAULT_FETCH_USER_AGENT),
    },
    busyTimeoutMs: pick('busyTimeoutMs', undefined, envNumber(env.READINGS_BUSY_TIMEOUT_MS), 30_000),
    workers: pick('workers', flags.workers, envNumber(env.READINGS_WORKERS), Math.max(1, availableParallelism())),
    workerHeapMb: pick('workerHeapMb', undefined, envNumber(env.READINGS_WORKER_HEAP_MB), DEFAULT_WORKER_HEAP_MB),
    relate: {
      windowDays: pick('relate.windowDays', undefined, envNumber(env.READINGS_STORY_WINDOW_DAYS), DEFAULT_WINDOW_DAYS),
      threshold: pick('relate.threshold', undefined, envNumber(env.READINGS_STORY_THRESHOLD), DEFAULT_THRESHOLD),
    },
    regroupEveryMinutes: pick('regroupEveryMinutes', undefined, envNumber(env.READINGS_REGROUP_EVERY_MINUTES), 60),
    llm: endpoint('llm', 'READINGS_LLM'),
    embeddings: endpoint('embeddings', 'READINGS_EMBEDDINGS'),
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : 'config';
    throw new Error(`invalid configuration: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return { config: parsed.data, sources };
}

/** Environment variable behind each setting, for `readings config`. */
export const CONFIG_ENV: Record<string, string> = {
  db: 'READINGS_DB',
  allowPrivate: 'READINGS_ALLOW_PRIVATE',
  maxInputBytes: 'READINGS_MAX_INPUT_BYTES',
  'fetch.connectTimeoutMs': 'READINGS_CONNECT_TIMEOUT_MS',
  'fetch.totalTimeoutMs': 'READINGS_TOTAL_TIMEOUT_MS',
  'fetch.maxRedirects': 'READINGS_MAX_REDIRECTS',
  'fetch.userAgent': 'READINGS_USER_AGENT',
  busyTimeoutMs: 'READINGS_BUSY_TIMEOUT_MS',
  workers: 'READINGS_WORKERS',
  workerHeapMb: 'READINGS_WORKER_HEAP_MB',
  'relate.windowDays': 'READINGS_STORY_WINDOW_DAYS',
  'relate.threshold': 'READINGS_STORY_THRESHOLD',
  regroupEveryMinutes: 'READINGS_REGROUP_EVERY_MINUTES',
  ...Object.fromEntries(
    (['llm', 'embeddings'] as const).flatMap((key) =>
      (['baseUrl', 'model', 'apiKey', 'timeoutMs'] as const).map((field) => [
        `${key}.${field}`,
        `READINGS_${key.toUpperCase()}_${field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
      ]),
    ),
  ),
};

/** Settings `readings config` must not print in clear. */
export const SECRET_SETTINGS = new Set(['llm.apiKey', 'embeddings.apiKey']);
