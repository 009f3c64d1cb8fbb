import { loadConfig, type Config, type ConfigOverrides, type ConfigSource } from '../config/config.js';
import type { ReadingRepository } from '../store/repository.js';
import { openStorage, type Storage } from '../store/storage.js';

/** What every command gets: the configuration, and the library opened on first use. */
export interface CliContext {
  config: Config;
  sources: Record<string, ConfigSource>;
  storage(): Storage;
  /** Shortcut for storage().readings. */
  repo(): ReadingRepository;
  /** The embeddings model whose vectors are blended into similarity, when configured. */
  embeddingModel: string | null;
  close(): void;
}

export function createContext(overrides: ConfigOverrides, env: NodeJS.ProcessEnv = process.env): CliContext {
  const { config, sources } = loadConfig(env, overrides);
  let storage: Storage | null = null;
  const open = (): Storage => (storage ??= openStorage(config.db, { busyTimeoutMs: config.busyTimeoutMs }));
  return {
    config,
    sources,
    storage: open,
    repo: () => open().readings,
    embeddingModel: config.embeddings.baseUrl && config.embeddings.model ? config.embeddings.model : null,
    close() {
      storage?.close();
      storage = null;
    },
  };
}
