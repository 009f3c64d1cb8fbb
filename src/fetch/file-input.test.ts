import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileInput, readStdinInput } from './file-input.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readings-file-input-'));
  await writeFile(join(dir, 'story.html'), '<p>Привет</p>');
  await writeFile(join(dir, 'story.TXT'), 'plain');
  await writeFile(join(dir, 'notes.md'), '# notes');
  await writeFile(join(dir, 'page.xml'), '<rss/>');
  await writeFile(join(dir, 'big.txt'), 'z'.repeat(5000));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readFileInput', () => {
  it('reads the bytes verbatim and guesses the content type from the extension', async () => {
    const input = await readFileInput(join(dir, 'story.html'), 1000);
    expect(input).toEqual({ bytes: new Uint8Array(Buffer.from('<p>Привет</p>')), contentType: 'text/html', url: null, label: join(dir, 'story.html') });
    expect((await readFileInput(join(dir, 'story.TXT'), 1000)).contentType).toBe('text/plain');
    expect((await readFileInput(join(dir, 'notes.md'), 1000)).contentType).toBe('text/plain');
    expect((await readFileInput(join(dir, 'page.xml'), 1000)).contentType).toBeNull();
  });

  it('gives a buffer that holds exactly the file\'s bytes', async () => {
    const input = await readFileInput(join(dir, 'big.txt'), 10_000);
    expect(Buffer.from(input.bytes).toString()).toBe('z'.repeat(5000));
    expect(input.bytes.buffer.byteLength).toBe(5000);
  });

  it.skipIf(!existsSync('/proc/version'))('reads a file whose size the system reports as 0 (/proc), as a stream', async () => {
    const input = await readFileInput('/proc/version', 10_000);
    expect(Buffer.from(input.bytes).toString()).toMatch(/^Linux version /);
  });

  it('refuses an oversized file from its size, naming the size and the limit', async () => {
    const path = join(dir, 'big.txt');
    await expect(readFileInput(path, 4096)).rejects.toMatchObject({ code: 'input_too_large', message: 'file is 4.9 KB, over the 4 KB limit', input: path });
  });

  it('reports a missing file and a directory', async () => {
    const missing = join(dir, 'nope.html');
    await expect(readFileInput(missing, 1000)).rejects.toMatchObject({ code: 'not_found', message: 'no such file', input: missing });
    await expect(readFileInput(dir, 1000)).rejects.toMatchObject({ code: 'invalid_argument', message: 'is a directory, not a file', input: dir });
  });
});

describe('readStdinInput', () => {
  it('reads the whole stream, labelled "-"', async () => {
    const input = await readStdinInput(Readable.from([Buffer.from('line one\n'), Buffer.from('line two\n')]), 1000);
    expect(input).toEqual({ bytes: new Uint8Array(Buffer.from('line one\nline two\n')), contentType: null, url: null, label: '-' });
  });

  it('stops reading as soon as the stream passes maxBytes', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    await expect(readStdinInput(endless, 10 * 1024)).rejects.toMatchObject({ code: 'input_too_large', input: '-' });
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(40);
  });
});
