import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { serveCli, type ServedCli } from './helpers/serve-cli.js';
import { useTempDir } from './helpers/temp-dir.js';

const SEEDS = new URL('../../shared/data/seeds/raw/', import.meta.url).pathname;
const tempDir = useTempDir();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

function serve(db: string, env: NodeJS.ProcessEnv): Promise<ServedCli> {
  return serveCli(db, env).then((served) => {
    children.push(served.child);
    return served;
  });
}

describe('readings serve and readings token', () => {
  it('serves the CLI’s library; token create/list/revoke work against it', async () => {
    const db = join(tempDir(), 'library.db');
    expect((await runCli(db, ['add', join(SEEDS, '003_177d36f708b3b892.txt')])).code).toBe(0);
    const server = await serve(db, { READINGS_ADMIN_PASSWORD: 'admin password 1' });
    expect(server.output()).toContain('Created the admin "admin"');

    const created = await cliJson<{ token: string; id: string; user: string }>(db, ['token', 'create', '--name', 'ci']);
    expect(created.user).toBe('admin');
    expect(created.token).toMatch(/^rdg_/);
    const listed = await cliJson<{ tokens: { id: string; name: string }[] }>(db, ['token', 'list']);
    expect(listed.tokens).toEqual([expect.objectContaining({ id: created.id, name: 'ci' })]);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const auth = { authorization: `Bearer ${created.token}` };
    const res = await fetch(`${server.url}/api/v1/readings?limit=1`, { headers: auth });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { total: number }).total).toBe(1);

    // Adds go through the server's writer thread (the built server has one), on its own connection.
    const post = (body: object): Promise<Response> =>
      fetch(`${server.url}/api/v1/readings`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = readFileSync(join(SEEDS, '001_c6319db2e688382b.txt'), 'utf8');
    const added = await post({ text, url: 'https://example.org/kazakhstan', category: 'api' });
    expect(added.status).toBe(201);
    const body = (await added.json()) as { status: string; reading: { id: string; wordCount: number; category: string } };
    expect(body.status).toBe('added');
    expect(body.reading.category).toBe('api');
    expect(body.reading.wordCount).toBeGreaterThan(200);
    // The server's own connection sees what the writer stored, with its story.
    const shown = (await (await fetch(`${server.url}/api/v1/readings/${body.reading.id}`, { headers: auth })).json()) as { id: string; text: string };
    expect(shown.id).toBe(body.reading.id);
    expect(shown.text).toContain('Kazakhstan');
    const repeat = await post({ text, url: 'https://example.org/kazakhstan' });
    expect(repeat.status).toBe(200);
    expect(((await repeat.json()) as { status: string }).status).toBe('skipped');
    const empty = await post({ text: '   ' });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('empty_input');
    const listed2 = (await (await fetch(`${server.url}/api/v1/readings?limit=5`, { headers: auth })).json()) as { total: number };
    expect(listed2.total).toBe(2);

    const revoked = await runCli(db, ['token', 'revoke', created.id]);
    expect(revoked.code).toBe(0);
    expect((await fetch(`${server.url}/api/v1/readings`, { headers: auth })).status).toBe(401);
    const again = await runCli(db, ['token', 'revoke', created.id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[not_found]');
  }, 120_000);

  it('prints a one-time setup link when no admin password is given', async () => {
    const db = join(tempDir(), 'library.db');
    const server = await serve(db, { READINGS_ADMIN_PASSWORD: '' });
    const link = /open (http:\/\/\S+\/setup\/[A-Za-z0-9_-]+) /.exec(server.output());
    expect(link, server.output()).not.toBeNull();
    expect((await fetch(link![1]!)).status).toBe(200);
    const noUser = await runCli(db, ['token', 'create']);
    expect(noUser.code).toBe(1);
    expect(noUser.stderr).toContain('[not_found]');
  }, 60_000);
});
