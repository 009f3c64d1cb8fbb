import * as createReadings from './0001-create-readings.js';
import * as addFulltextIndex from './0002-add-fulltext-index.js';

export interface Migration {
  name: string;
  sql: string;
}

/** Forward-only, in order. Append; never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [createReadings, addFulltextIndex];
