import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { useTempDir } from './helpers/temp-dir.js';

const SEEDS = new URL('../../shared/data/seeds/raw/', import.meta.url).pathname;
const tempDir = useTempDir();
const DIMENSIONS = 16;

/** A tiny stand-in for an embeddings model: word hashes folded into 16 dimensions. */
function vectorOf(text: string): number[] {
  const v = new Array<number>(DIMENSIONS).fill(0);
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    let h = 0;
    for (const c of w) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    v[h % DIMENSIONS]! += 1;
  }
  return v;
}

let server: TestServer;
let calls = 0;
beforeAll(async () => {
  server = await startServer({
    '/v1/embeddings': async (req, res) => {
      calls++;
      let body = '';
      for await (const chunk of req) body += chunk;
      const { input, model } = JSON.parse(body) as { input: string[]; model: string };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ model, data: input.map((t, index) => ({ index, embedding: vectorOf(t) })) }));
    },
  });
});
afterAll(() => server.close());

describe('optional embeddings endpoint', () => {
  it('stores one vector per reading and blends it into similarity', async () => {
    const db = join(tempDir(), 'library.db');
    const env = { READINGS_EMBEDDINGS_BASE_URL: `${server.origin}/v1`, READINGS_EMBEDDINGS_MODEL: 'hash-16' };
    const before = calls;
    expect((await runCli(db, ['add', SEEDS], { env })).code).toBe(0);
    expect(calls - before).toBe(5);
    const sqlite = new Database(db, { readonly: true });
    const rows = sqlite.prepare('SELECT model, length(vector) AS bytes FROM reading_embeddings').all() as { model: string; bytes: number }[];
    sqlite.close();
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.model === 'hash-16' && r.bytes === DIMENSIONS * 4)).toBe(true);
    const [first] = (await cliJson<{ readings: { id: string }[] }>(db, ['list'])).readings;
    const lexical = await cliJson<{ similar: { score: number; reading: { id: string } }[] }>(db, ['similar', first!.id]);
    const blended = JSON.parse((await runCli(db, ['similar', first!.id, '--json'], { env })).stdout) as typeof lexical;
    expect(blended.similar).toHaveLength(4);
    expect(blended.similar.map((s) => s.score)).not.toEqual(lexical.similar.map((s) => s.score));
  });

  it('an unreachable endpoint falls back to the built-in representation with one warning', async () => {
    const db = join(tempDir(), 'library.db');
    const env = { READINGS_EMBEDDINGS_BASE_URL: 'http://127.0.0.1:9/v1', READINGS_EMBEDDINGS_MODEL: 'hash-16' };
    const r = await runCli(db, ['add', SEEDS], { env });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/embeddings unavailable/g)).toHaveLength(1);
    expect((await cliJson<{ total: number }>(db, ['stories'])).total).toBe(1);
  });
});
