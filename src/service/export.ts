import type { Original, Reading } from '../domain/types.js';
import type { ReadingFilter, ReadingRepository } from '../store/repository.js';
import { toFullView } from './reading-views.js';

export type ExportFormat = 'jsonl' | 'markdown';

/**
 * The library as text, one reading at a time (constant memory). JSONL keeps
 * everything, the verbatim input included (base64), so a library can be rebuilt
 * from it; Markdown is for reading.
 */
export function* exportLibrary(repo: ReadingRepository, format: ExportFormat, filter: ReadingFilter = {}): Generator<string> {
  for (const reading of repo.iterate(filter)) {
    const original = repo.getOriginal(reading.id);
    yield format === 'jsonl' ? toJsonLine(reading, original) : toMarkdown(reading);
  }
}

function toJsonLine(reading: Reading, original: Original | null): string {
  const view = toFullView(reading, original);
  const originalOut = original
    ? { label: original.label, contentType: original.contentType, bytes: original.bytes.byteLength, base64: Buffer.from(original.bytes).toString('base64') }
    : null;
  return `${JSON.stringify({ ...view, original: originalOut })}\n`;
}

function toMarkdown(reading: Reading): string {
  const details = [
    reading.outlet && `**Outlet:** ${reading.outlet}`,
    `**Category:** ${reading.category}`,
    reading.publishedAt && `**Published:** ${reading.publishedAt}`,
    reading.byline && `**By:** ${reading.byline}`,
    reading.url && `**URL:** <${reading.url}>`,
    `**Words:** ${reading.wordCount} · **Read count:** ${reading.readCount}`,
    `**ID:** ${reading.id}`,
  ].filter(Boolean);
  const body = reading.extractionStatus === 'ok'
    ? reading.text
    : `_Extraction failed (${reading.extractionErrorCode}): ${reading.extractionError}. The original input is kept._`;
  return `# ${escapeMarkdownLine(reading.title)}\n\n${details.join('  \n')}\n\n${body}\n\n---\n\n`;
}

function escapeMarkdownLine(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}
