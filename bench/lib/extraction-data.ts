import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve('../shared');
export const EXTRACTION = join(SHARED, 'data/extraction');

export interface ExtractionItem {
  id: string;
  url: string | null;
}

/** The 121 dev pages of the extraction benchmark, with their original URLs. */
export function extractionItems(): ExtractionItem[] {
  const ids = readFileSync(join(EXTRACTION, 'ids.txt'), 'utf8').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const meta = JSON.parse(readFileSync(join(EXTRACTION, 'meta.json'), 'utf8')) as { items: { id: string; url: string }[] };
  const urls = new Map(meta.items.map((it) => [it.id, it.url]));
  return ids.map((id) => ({ id, url: urls.get(id) ?? null }));
}
