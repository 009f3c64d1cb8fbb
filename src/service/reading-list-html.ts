/**
 * Reading lists and bookmarks exported as HTML: Pocket's classic export
 * (`ril_export.html`: "Unread" and "Read Archive" lists of links, each with
 * `time_added` and `tags`; the archived ones are stored as read) and the
 * Netscape bookmark file every browser exports. Named to `add`, such a file is the links it lists, each fetched
 * as a URL input, not an article about them.
 */
import { open, readFile } from 'node:fs/promises';
import type { InputHints } from '../domain/types.js';
import type { InputSource } from './input-sources.js';

const HEAD_BYTES = 1024;
const LIST_HEAD_RE = /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>|<title>\s*Pocket Export\s*<\/title>/iu;

/** Whether HTML is a bookmarks or Pocket export, by its first bytes. */
export const isLinkListHead = (bytes: Uint8Array): boolean => LIST_HEAD_RE.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1'));

/** Whether an HTML file is a bookmarks or Pocket export, by its first bytes. */
export async function isLinkListHtml(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
    return isLinkListHead(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

export async function* readLinkListHtml(path: string, hints: InputHints): AsyncGenerator<InputSource> {
  const { parseDocument } = await import('../extract/html/parse-document.js');
  const document = parseDocument(await readFile(path, 'utf8'));
  let n = 0;
  for (const link of Array.from(document?.querySelectorAll('a') ?? [])) {
    const url = attribute(link, 'href')?.trim() ?? '';
    if (!/^https?:\/\//iu.test(url)) continue;
    n++;
    const title = link.textContent?.replace(/\s+/gu, ' ').trim() || null;
    // Pocket's "tags", Firefox's "TAGS".
    const tag = attribute(link, 'tags')?.split(',').map((t) => t.trim()).find(Boolean) ?? null;
    yield { kind: 'url', url, label: `${path}#${n}`, hints: { ...hints, url, titleFallback: title, category: hints.category ?? tag, read: inReadArchive(link) } };
  }
}

/** Pocket lists the links it archived under a heading "Read Archive", after those "Unread". */
function inReadArchive(link: Element): boolean {
  const heading = link.closest('ul')?.previousElementSibling;
  return heading?.tagName.toLowerCase() === 'h1' && /^read archive$/iu.test(heading.textContent?.trim() ?? '');
}

/** An attribute by its name in any case: HTML's are case-insensitive, and browsers write bookmark files' in capitals ("HREF"), which the DOM keeps. */
function attribute(element: Element, name: string): string | null {
  for (const a of Array.from(element.attributes)) if (a.name.toLowerCase() === name) return a.value;
  return null;
}

/** How many http(s) links a link list holds, counted in its text (for a progress bar's total). */
export async function countLinks(path: string): Promise<number> {
  return (await readFile(path, 'latin1')).match(/<a\s[^>]*href\s*=\s*["']?https?:/giu)?.length ?? 0;
}
