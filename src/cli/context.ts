import { loadConfig, type Config, type ConfigOverrides, type ConfigSource } from '../config/config.js';
import type { ReadingRepository } from '../store/repository.js';
import { SqliteReadingRepository } from '../store/sqlite-repository.js';

/** What every command gets: the configuration, and the library opened on first use. */
export interface CliContext {
  config: Config;
  sources: Record<string, ConfigSource>;
  repo(): ReadingRepository;
  close(): void;
}

export function createContext(overrides: ConfigOverrides, env: NodeJS.ProcessEnv = process.env): CliContext {
  const { config, sources } = loadConfig(env, overrides);
  let repo: ReadingRepository | null = null;
  return {
    config,
    sources,
    repo() {
      repo ??= new SqliteReadingRepository(config.db);
      return repo;
    },
    close() {
      repo?.close();
      repo = null;
    },
  };
}
