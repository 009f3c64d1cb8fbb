import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { InputHints } from '../../domain/types.js';
import { countSources, expandArgument, type InputSource } from '../../service/input-sources.js';
import { addToLibrary } from '../api/add-reading.js';
import type { LibraryLease } from '../auth/libraries.js';
import { libraryPathOf } from '../auth/users.js';
import type { AppDeps } from '../context.js';
import { KEPT_JOBS, newImportStatus, type ImportStatus } from './import-jobs.js';
import { ImportStore, type KeptImport } from './import-store.js';

export interface Upload {
  /** The file's name as the browser or client sent it. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Starts the background import of an uploaded file that lists many inputs
 * (`listsManyInputs`), read exactly as `readings add FILE` reads it: the file
 * is kept beside the library (import-store.ts), expanded by the CLI's own
 * reader, and each of its items added to the user's library. The import
 * holds the library open until it ends; the file is deleted once it has been
 * read to its end.
 */
export async function startUploadImport(deps: AppDeps, library: LibraryLease, upload: Upload, hints: InputHints): Promise<ImportStatus> {
  const name = safeName(upload.name);
  const store = new ImportStore(library.path);
  store.prune(KEPT_JOBS);
  const id = randomUUID();
  const path = store.keepUpload(id, name, upload.bytes, hints);
  const expected = await countSources([path]).catch(() => 0);
  return runImport(deps, library.path, store, { status: newImportStatus(id, { name, expected }, deps.imports.now()), upload: path, hints });
}

/**
 * At the server's start: every user's imports that a shutdown (or a crash)
 * stopped before their file's end go on from the item after the last one
 * counted. Returns how many did.
 */
export function resumeImports(deps: AppDeps): number {
  let resumed = 0;
  for (const user of deps.accounts.users.list()) {
    const path = libraryPathOf(deps.config.db, user);
    if (!existsSync(path)) continue;
    const store = new ImportStore(path);
    for (const kept of store.unfinished()) {
      runImport(deps, path, store, kept);
      resumed++;
    }
  }
  return resumed;
}

function runImport(deps: AppDeps, libraryPath: string, store: ImportStore, kept: KeptImport): ImportStatus {
  const lease = deps.libraries.acquire(libraryPath);
  const sources = after(kept.status.seen, relabelled(expandArgument(kept.upload, kept.hints), kept.upload, kept.status.file));
  return deps.imports.start(libraryPath, kept.status, sources, (source) => addToLibrary(deps, lease, source, null), (last) => {
    lease.release();
    if (last.state === 'done') store.dropUpload(last.id);
  });
}

/** A file name to write under: no folders, no leading dot, never empty. */
function safeName(name: string): string {
  const base = basename(name.replace(/\\/gu, '/')).replace(/^\.+/u, '').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120);
  return base || 'upload';
}

/** Items labelled by the file's own name ("pocket.csv:12"), not by the path it is kept under. */
async function* relabelled(sources: AsyncIterable<InputSource>, path: string, name: string): AsyncGenerator<InputSource> {
  const relabel = (label: string): string => (label.startsWith(path) ? name + label.slice(path.length) : label);
  for await (const source of sources) yield { ...source, label: relabel(source.label) } as InputSource;
}

/** The items after the first `count`: those an import counted before it stopped. */
async function* after(count: number, sources: AsyncIterable<InputSource>): AsyncGenerator<InputSource> {
  let seen = 0;
  for await (const source of sources) if (seen++ >= count) yield source;
}
