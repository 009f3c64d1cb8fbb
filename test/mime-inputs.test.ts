/**
 * MIME inputs through the real CLI: a page saved as a web archive (MHTML, a
 * browser's "Webpage, Single File") and a newsletter saved as an email (.eml),
 * each read as the page it carries and kept as the file it came in.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliJson, runCli } from './helpers/cli.js';
import { ARCHIVED_URL, emlOf, mhtmlOf } from './helpers/mime.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();

const ARCHIVED_PAGE = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Russian-led troops start leaving Kazakhstan | News Example</title>',
  '<meta property="og:site_name" content="News Example"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>',
  '<article><h1>Russian-led troops start leaving Kazakhstan</h1>',
  '<p>Kazakhstan’s president said on Tuesday that the Russian-led military alliance would start pulling out its troops in two days, a withdrawal that would take “no more than ten days”.</p>',
  '<p>The Collective Security Treaty Organization sent more than 2,000 troops last week after the worst unrest in the country’s post-Soviet history, which left dozens of people dead.</p>',
  '<p>Kassym-Jomart Tokayev told parliament that the alliance’s mission had been a success, and he promised reforms to raise salaries and to bring inflation under control this year.</p>',
  '</article><footer>© 2022 News Example</footer></body></html>',
].join('\n');

describe('a web archive (.mhtml)', () => {
  it('is read as the page it holds, with its address, and kept byte for byte', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const file = join(dir, 'Kazakhstan.mhtml');
    writeFileSync(file, mhtmlOf(ARCHIVED_PAGE));
    const extracted = await cliJson<{ title: string; url: string; outlet: string; paragraphs: string[] }>(db, ['extract', file]);
    expect(extracted.title).toBe('Russian-led troops start leaving Kazakhstan');
    expect(extracted.url).toBe(ARCHIVED_URL);
    expect(extracted.outlet).toBe('News Example');
    expect(extracted.paragraphs).toHaveLength(3);
    expect(extracted.paragraphs[0]).toBe('Kazakhstan’s president said on Tuesday that the Russian-led military alliance would start pulling out its troops in two days, a withdrawal that would take “no more than ten days”.');
    expect(extracted.paragraphs.join(' ')).not.toMatch(/=[0-9A-F]{2}|=\s/);

    const added = await runCli(db, ['add', file]);
    expect(added.code).toBe(0);
    const [reading] = (await cliJson<{ readings: { id: string; url: string; wordCount: number }[] }>(db, ['list'])).readings;
    expect(reading!.url).toBe(ARCHIVED_URL);
    const original = await runCli(db, ['original', reading!.id]);
    expect(original.stdout).toBe(readFileSync(file, 'utf8'));
    const shown = await cliJson<{ format: string; original: { contentType: string | null; bytes: number } }>(db, ['show', reading!.id]);
    expect(shown.format).toBe('html');
    expect(shown.original).toMatchObject({ contentType: 'multipart/related', bytes: readFileSync(file).byteLength });
  });

  it('is picked up in a directory beside HTML and text files', async () => {
    const dir = tempDir();
    const pages = join(dir, 'saved');
    mkdirSync(pages);
    writeFileSync(join(pages, 'a.mht'), mhtmlOf(ARCHIVED_PAGE));
    writeFileSync(join(pages, 'b.css'), 'body {}');
    const db = join(dir, 'library.db');
    const added = await runCli(db, ['add', pages]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Russian-led troops start leaving Kazakhstan');
    expect((await cliJson<{ total: number }>(db, ['list'])).total).toBe(1);
  });
});

describe('an email (.eml)', () => {
  it('is read as the newsletter it carries: the subject its headline, the sender its outlet, the day it was sent', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.db');
    const file = join(dir, 'brief.eml');
    const html = [
      '<html><body><table width="600"><tr><td>',
      '<p><a href="https://dailybrief.example/view">View in browser</a></p>',
      '<h1>Russian-led troops start leaving Kazakhstan</h1>',
      '<p>Kazakhstan’s president said on Tuesday that the Russian-led military alliance would start pulling out its troops in two days, a withdrawal that would take no more than ten days.</p>',
      '<p>The Collective Security Treaty Organization sent more than 2,000 troops last week after the worst unrest in the country’s post-Soviet history, which left dozens of people dead.</p>',
      '<p>Kassym-Jomart Tokayev told parliament that the alliance’s mission had been a success, and he promised reforms to raise salaries and to bring inflation under control.</p>',
      '<p style="font-size:11px">You are receiving this because you signed up. <a href="https://dailybrief.example/unsubscribe">Unsubscribe</a></p>',
      '</td></tr></table></body></html>',
    ].join('\n');
    writeFileSync(file, emlOf(html, 'Plain-text version of the brief.'));
    const added = await runCli(db, ['add', file]);
    expect(added.code).toBe(0);
    const [listed] = (await cliJson<{ readings: { id: string }[] }>(db, ['list'])).readings;
    const reading = await cliJson<{ title: string; outlet: string; publishedAt: string; paragraphs: string[]; format: string }>(db, ['show', listed!.id]);
    expect(reading.title).toBe('Russian-led troops start leaving Kazakhstan');
    expect(reading.outlet).toBe('The Daily Brief');
    expect(reading.publishedAt).toBe('2022-01-13T12:05:00.000Z');
    expect(reading.format).toBe('html');
    expect(reading.paragraphs[0]).toMatch(/^Kazakhstan’s president said on Tuesday/);
    expect(reading.paragraphs.join(' ')).toContain('more than 2,000 troops');
    // The newsletter's own furniture is no part of it.
    expect(reading.paragraphs).toHaveLength(3);
    expect(reading.paragraphs.join(' ')).not.toMatch(/View in browser|Unsubscribe|receiving this/);
    expect((await runCli(db, ['original', listed!.id])).stdout).toBe(readFileSync(file, 'utf8'));
  });
});
