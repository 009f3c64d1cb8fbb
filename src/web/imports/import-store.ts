import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { InputHints } from '../../domain/types.js';
import type { ImportRecords, ImportStatus } from './import-jobs.js';

/**
 * A library's imports kept beside it, in `<library>.imports/<id>/`: the
 * uploaded file until the import has read it to its end, and the import's
 * status after every item. An import stopped by a shutdown (or a crash) goes
 * on when the server starts again, and its page outlives the server's
 * memory. Not in the library file: an upload of 10 MB is no reading, and a
 * backup of the library should not carry it.
 */
export class ImportStore {
  private readonly root: string;

  constructor(libraryPath: string) {
    this.root = `${libraryPath}.imports`;
  }

  /** Keeps the uploaded file of import `id` and what the upload said of its items; returns the file's path. */
  keepUpload(id: string, name: string, bytes: Uint8Array, hints: InputHints): string {
    const folder = this.folder(id);
    mkdirSync(join(folder, 'upload'), { recursive: true, mode: 0o700 });
    writeFileSync(join(folder, 'hints.json'), JSON.stringify(hints), { mode: 0o600 });
    const path = join(folder, 'upload', name);
    writeFileSync(path, bytes, { mode: 0o600 });
    return path;
  }

  /** Writes the status whole or not at all (a crash mid-write leaves the previous one). */
  save(status: ImportStatus): void {
    const folder = this.folder(status.id);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temp = join(folder, 'status.json.tmp');
    writeFileSync(temp, JSON.stringify(status), { mode: 0o600 });
    renameSync(temp, join(folder, 'status.json'));
  }

  load(id: string): ImportStatus | null {
    if (!UUID_RE.test(id)) return null;
    try {
      return JSON.parse(readFileSync(join(this.folder(id), 'status.json'), 'utf8')) as ImportStatus;
    } catch {
      return null;
    }
  }

  /** Imports that had not read their file to the end, with the file still kept, oldest first. */
  unfinished(): KeptImport[] {
    return this.ids()
      .map((id) => this.load(id))
      .filter((status): status is ImportStatus => status !== null && status.state !== 'done')
      .map((status) => ({ status, upload: join(this.folder(status.id), 'upload', basename(status.file)), hints: this.hintsOf(status.id) }))
      .filter((kept) => existsSync(kept.upload))
      .sort((a, b) => a.status.startedAt.localeCompare(b.status.startedAt));
  }

  private hintsOf(id: string): InputHints {
    try {
      return JSON.parse(readFileSync(join(this.folder(id), 'hints.json'), 'utf8')) as InputHints;
    } catch {
      return {};
    }
  }

  /** The file is no longer needed once the import has read it to its end. */
  dropUpload(id: string): void {
    rmSync(join(this.folder(id), 'upload'), { recursive: true, force: true });
  }

  /** Forgets the oldest finished imports beyond the `keep` newest. */
  prune(keep: number): void {
    const finished = this.ids()
      .map((id) => this.load(id))
      .filter((s): s is ImportStatus => s !== null && s.state === 'done')
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    for (const s of finished.slice(keep)) rmSync(this.folder(s.id), { recursive: true, force: true });
  }

  private ids(): string[] {
    if (!existsSync(this.root)) return [];
    return readdirSync(this.root).filter((id) => UUID_RE.test(id) && statSync(join(this.root, id)).isDirectory());
  }

  private folder(id: string): string {
    if (!UUID_RE.test(id)) throw new Error(`not an import id: ${id}`);
    return join(this.root, id);
  }
}

export interface KeptImport {
  status: ImportStatus;
  upload: string;
  hints: InputHints;
}

/** Statuses kept beside each library (the owner of an import is its library's path). */
export const fileImportRecords: ImportRecords = {
  save: (owner, status) => new ImportStore(owner).save(status),
  load: (owner, id) => new ImportStore(owner).load(id),
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;
