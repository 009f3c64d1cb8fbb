import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readLines } from './read-lines.js';
import { readReadingListCsv } from './reading-list-csv.js';
import { countLinks, isLinkListHead, isLinkListHtml, readLinkListHtml } from './reading-list-html.js';
import { glob } from 'tinyglobby';
import { z } from 'zod';
import { ReadingsError } from '../domain/errors.js';
import type { InputHints } from '../domain/types.js';

/** One thing to ingest, before any byte of it is read. */
export type InputSource =
  | { kind: 'url'; url: string; label: string; hints: InputHints }
  | { kind: 'file'; path: string; label: string; hints: InputHints }
  | { kind: 'stdin'; label: '-'; hints: InputHints }
  | { kind: 'inline'; text: string; contentType: string; label: string; hints: InputHints }
  /** An input that could not even be described (a broken JSONL line). */
  | { kind: 'invalid'; label: string; error: ReadingsError };

/** Files a directory import takes. */
const ARTICLE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.mht', '.mhtml', '.eml', '.txt', '.text', '.md']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
/** A reading list exported by a read-it-later service (reading-list-csv.ts): taken when named, not from a directory. */
const CSV_EXTENSION = '.csv';

export const jsonlItemSchema = z
  .object({
    url: z.string().url().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional(),
    category: z.string().optional(),
    ref: z.union([z.string(), z.number()]).transform(String).optional(),
    read: z.boolean().optional(),
  })
  .superRefine((item, ctx) => {
    if (item.url || item.html || item.text) return;
    // {"title": "…", "text": ""}: say what is empty, not that nothing was given.
    const empty = item.text !== undefined ? 'text' : item.html !== undefined ? 'html' : null;
    ctx.addIssue({ code: 'custom', message: empty ? `its ${empty} is empty and it has no url` : 'needs one of url, html or text' });
  });

/**
 * Whether a file named so, with these bytes, lists many inputs (a JSONL file, a
 * reading-list CSV, a bookmarks or Pocket export) rather than being one article.
 */
export function listsManyInputs(name: string, bytes: Uint8Array): boolean {
  const extension = extname(name).toLowerCase();
  return JSONL_EXTENSIONS.has(extension) || extension === CSV_EXTENSION || (HTML_EXTENSIONS.has(extension) && isLinkListHead(bytes));
}

export const isUrl = (arg: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);

/** Expands one command-line argument (URL, file, directory, glob, JSONL file, reading-list CSV, `-`) into inputs. */
export async function* expandArgument(arg: string, hints: InputHints): AsyncGenerator<InputSource> {
  if (arg === '-') {
    yield { kind: 'stdin', label: '-', hints };
    return;
  }
  if (isUrl(arg)) {
    yield { kind: 'url', url: arg, label: arg, hints: { ...hints, url: hints.url ?? null } };
    return;
  }
  const info = await stat(arg).catch(() => null);
  if (info?.isDirectory()) {
    for (const path of await walk(arg)) yield* expandFile(path, hints);
    return;
  }
  if (info?.isFile()) {
    // A bookmarks or Pocket export named on its own is the links it lists (in a directory it is one more page).
    if (HTML_EXTENSIONS.has(extname(arg).toLowerCase()) && (await isLinkListHtml(arg))) yield* readLinkListHtml(arg, hints);
    else yield* expandFile(arg, hints);
    return;
  }
  if (/[*?[\]{}]/.test(arg)) {
    const paths = (await glob(arg, { onlyFiles: true, absolute: false })).sort();
    if (paths.length === 0) throw new ReadingsError('not_found', 'no file matches this pattern', arg);
    for (const path of paths) yield* expandFile(path, hints);
    return;
  }
  throw new ReadingsError('not_found', 'no such file, directory or URL', arg);
}

async function* expandFile(path: string, hints: InputHints): AsyncGenerator<InputSource> {
  const extension = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(extension)) yield* readJsonl(path, hints);
  else if (extension === CSV_EXTENSION) yield* readReadingListCsv(path, hints);
  else yield { kind: 'file', path, label: path, hints };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) || JSONL_EXTENSIONS.has(extname(entry.name).toLowerCase()))) out.push(path);
  }
  return out;
}

/** Streams a JSONL file line by line, so a 10,000-line import never sits in memory at once. */
async function* readJsonl(path: string, hints: InputHints): AsyncGenerator<InputSource> {
  let n = 0;
  for await (const line of readLines(path)) {
    n++;
    if (!line.trim()) continue;
    const label = `${path}:${n}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield { kind: 'invalid', label, error: new ReadingsError('malformed_input', `line ${n} is not valid JSON (${(error as Error).message})`, label) };
      continue;
    }
    const item = jsonlItemSchema.safeParse(parsed);
    if (!item.success) {
      const issue = item.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      yield { kind: 'invalid', label, error: new ReadingsError('malformed_input', `line ${n}: ${where}${issue?.message ?? 'invalid item'}`, label) };
      continue;
    }
    const { url, html, text, title, outlet, published, category, ref, read } = item.data;
    const itemHints: InputHints = {
      ...hints,
      title: title ?? hints.title ?? null,
      outlet: outlet ?? hints.outlet ?? null,
      published: published ?? hints.published ?? null,
      category: category ?? hints.category ?? null,
      ref: ref ?? null,
      url: url ?? null,
      read: read ?? hints.read,
    };
    const itemLabel = ref ? `${label} (ref ${ref})` : label;
    if (html !== undefined) yield { kind: 'inline', text: html, contentType: 'text/html; charset=utf-8', label: itemLabel, hints: itemHints };
    else if (text !== undefined) yield { kind: 'inline', text, contentType: 'text/plain; charset=utf-8', label: itemLabel, hints: itemHints };
    else if (url) yield { kind: 'url', url, label: itemLabel, hints: itemHints };
  }
}

/**
 * How many inputs the arguments name, cheaply (JSONL lines are counted, not
 * parsed), for a progress bar's total. Unknown arguments count as one.
 */
export async function countSources(args: readonly string[]): Promise<number> {
  let total = 0;
  for (const arg of args) {
    if (arg === '-' || isUrl(arg)) { total++; continue; }
    const info = await stat(arg).catch(() => null);
    if (info?.isFile() && HTML_EXTENSIONS.has(extname(arg).toLowerCase()) && (await isLinkListHtml(arg))) {
      total += await countLinks(arg);
      continue;
    }
    const paths = info?.isDirectory() ? await walk(arg)
      : info?.isFile() ? [arg]
      : /[*?[\]{}]/.test(arg) ? await glob(arg, { onlyFiles: true }) : [arg];
    for (const path of paths) {
      const extension = extname(path).toLowerCase();
      // A CSV's rows, less its header (a quoted line break makes this an estimate).
      total += JSONL_EXTENSIONS.has(extension) ? await countLines(path) : extension === CSV_EXTENSION ? Math.max(1, (await countLines(path)) - 1) : 1;
    }
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let lastWasNewline = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length) lastWasNewline = chunk[chunk.length - 1] === 10;
  }
  return lastWasNewline ? lines : lines + 1;
}
