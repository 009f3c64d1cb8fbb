import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { InputHints } from '../../domain/types.js';
import { countSources, expandArgument, type InputSource } from '../../service/input-sources.js';
import { addToLibrary } from '../api/add-reading.js';
import type { LibraryLease } from '../auth/libraries.js';
import type { AppDeps } from '../context.js';
import type { ImportStatus } from './import-jobs.js';

export interface Upload {
  /** The file's name as the browser or client sent it. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Starts the background import of an uploaded file that lists many inputs
 * (`listsManyInputs`), read exactly as `readings add FILE` reads it: the file
 * is written to a private temporary folder, expanded by the CLI's own reader,
 * and each of its items added to the user's library. The import holds the
 * library open until it ends, then the file is deleted.
 */
export async function startUploadImport(deps: AppDeps, library: LibraryLease, upload: Upload, hints: InputHints): Promise<ImportStatus> {
  const name = safeName(upload.name);
  const dir = mkdtempSync(join(tmpdir(), 'readings-import-'));
  const path = join(dir, name);
  writeFileSync(path, upload.bytes, { mode: 0o600 });
  const expected = await countSources([path]).catch(() => 0);
  const lease = deps.libraries.acquire(library.path);
  const sources = relabelled(expandArgument(path, hints), path, name);
  return deps.imports.start(library.path, { name, expected }, sources, (source) => addToLibrary(deps, lease, source, null), () => {
    lease.release();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** A file name to write under: no folders, no leading dot, never empty. */
function safeName(name: string): string {
  const base = basename(name.replace(/\\/gu, '/')).replace(/^\.+/u, '').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120);
  return base || 'upload';
}

/** Items labelled by the file's own name ("pocket.csv:12"), not by the temporary path. */
async function* relabelled(sources: AsyncIterable<InputSource>, path: string, name: string): AsyncGenerator<InputSource> {
  const relabel = (label: string): string => (label.startsWith(path) ? name + label.slice(path.length) : label);
  for await (const source of sources) yield { ...source, label: relabel(source.label) } as InputSource;
}
