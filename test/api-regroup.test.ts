/**
 * Readings added through the API, one request each, wake the server's
 * scheduler, which regroups them once they are a quarter of the library
 * (`regroupRecent`) instead of at its next look, up to a minute later.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { accountsPath, openAccounts } from '../src/store/accounts/open-accounts.js';
import { openStorage } from '../src/store/storage.js';
import { createApiToken } from '../src/web/auth/api-tokens.js';
import { startServer, type RunningServer } from '../src/web/server.js';

vi.setConfig({ testTimeout: 60_000 });

const TEXTS = [
  'The Collective Security Treaty Organization began pulling its troops out of Kazakhstan on Thursday, President Tokayev said, after the unrest in Almaty.',
  'Heavy monsoon rain flooded eight Malaysian states, forcing more than 60,000 people from their homes, officials in Kuala Lumpur said.',
  'Troops of the Collective Security Treaty Organization started to leave Kazakhstan, Tokayev said, a week after the unrest in Almaty was put down.',
  'More than 60,000 people were evacuated in Malaysia as monsoon rain flooded eight states, officials in Kuala Lumpur said.',
];

let dir: string;
let server: RunningServer;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readings-api-regroup-'));
  db = join(dir, 'library.db');
  const { config } = loadConfig({ READINGS_DB: db });
  server = await startServer({ config: { ...config, workers: 0 }, host: '127.0.0.1', port: 0, env: { READINGS_ADMIN_PASSWORD: 'correct horse battery' } });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function readingsAtLastRegroup(): number | null {
  const storage = openStorage(db);
  try {
    return storage.relate.lastBackgroundRegroup()?.readings ?? null;
  } finally {
    storage.close();
  }
}

describe('readings added through the API', () => {
  it('are regrouped by the scheduler within seconds once they grew by a quarter, not at its next look a minute later', async () => {
    const accounts = openAccounts(accountsPath(db));
    const token = createApiToken(accounts, accounts.users.primary()!.id, 'test').token;
    accounts.close();
    for (const [i, text] of TEXTS.entries()) {
      const res = await fetch(`${server.url}/api/v1/readings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text, title: text.split(',')[0], published: '2022-01-13', ref: `r${i}` }),
      });
      expect(res.status).toBe(201);
    }
    const deadline = Date.now() + 15_000;
    while (readingsAtLastRegroup() !== TEXTS.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(readingsAtLastRegroup()).toBe(TEXTS.length);
  });
});
