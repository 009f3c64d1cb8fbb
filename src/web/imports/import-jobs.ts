import type { InputSource } from '../../service/input-sources.js';
import type { Outcome } from '../../service/ingest.js';
import { toFailure } from '../../service/failure.js';

/**
 * Imports of a file that lists many inputs (a reading list, a bookmarks file,
 * a JSONL file), run in the background of the server: the upload's request
 * answers at once with the import's page, which follows its progress. Each
 * item is added as the API adds one (one ingest of a library at a time, so
 * the user's other requests and the feed refreshes go on between items).
 * Each status is handed to `ImportRecords` after every item (kept beside the
 * library by import-store.ts), so that an import's page outlives the server's
 * memory and a stopped import can go on from where it stopped.
 */
export interface ImportFailure {
  label: string;
  code: string;
  message: string;
}

export interface ImportStatus {
  id: string;
  /** The uploaded file's name. */
  file: string;
  state: 'running' | 'done' | 'stopped';
  /** Items read from the file so far (all of them once it is read to the end). */
  seen: number;
  /** Whether the whole file has been read, so that `seen` is the total. */
  listed: boolean;
  /** The items the file holds, as counted before the import (its lines or links: an estimate until listed). */
  expected: number;
  added: number;
  /** Already in the library (same address, or same content). */
  skipped: number;
  /** Stored verbatim with their extraction failure. */
  failed: number;
  /** Not stored: unreachable, refused, not an article, a bad line. */
  rejected: number;
  /** The first failures and rejections, in order. */
  failures: ImportFailure[];
  /** The first readings added, in the order they were added. */
  readings: { id: string; title: string | null }[];
  startedAt: string;
  finishedAt: string | null;
}

const KEPT_FAILURES = 50;
const KEPT_READINGS = 50;
/** Finished imports kept per owner, for their pages. */
export const KEPT_JOBS = 20;

export type AddOne = (source: Exclude<InputSource, { kind: 'invalid' | 'stdin' | 'file' }>) => Promise<Outcome>;

/** Where statuses are kept beyond the server's memory (by owner: the library's path). */
export interface ImportRecords {
  save(owner: string, status: ImportStatus): void;
  load(owner: string, id: string): ImportStatus | null;
}

/** The first status of an import (its `id` chosen by the caller, which may keep the file under it). */
export function newImportStatus(id: string, file: { name: string; expected: number }, now: Date): ImportStatus {
  return {
    id, file: file.name, state: 'running', seen: 0, listed: false, expected: file.expected, added: 0, skipped: 0, failed: 0, rejected: 0,
    failures: [], readings: [], startedAt: now.toISOString(), finishedAt: null,
  };
}

export class ImportJobs {
  private readonly jobs = new Map<string, { owner: string; status: ImportStatus }>();
  private stopping = false;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly records: ImportRecords | null = null,
    readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Imports `sources` for `owner` from `status` on (a new import's first
   * status, or a stopped import's last, whose `seen` items the sources no
   * longer hold); `done` runs with the last status when the import ends
   * (however it ends). Returns at once with the import's status.
   */
  start(owner: string, status: ImportStatus, sources: AsyncIterable<InputSource>, add: AddOne, done: (last: ImportStatus) => void): ImportStatus {
    status.state = 'running';
    status.finishedAt = null;
    this.jobs.set(status.id, { owner, status });
    this.forget(owner);
    this.save(owner, status);
    const run = this.run(owner, status, sources, add).finally(() => {
      status.finishedAt = this.now().toISOString();
      this.save(owner, status);
      this.running.delete(run);
      done(structuredClone(status));
    });
    this.running.add(run);
    return structuredClone(status);
  }

  /** The import's status, for its owner only. */
  get(owner: string, id: string): ImportStatus | null {
    const job = this.jobs.get(id);
    if (job) return job.owner === owner ? structuredClone(job.status) : null;
    const kept = this.records?.load(owner, id) ?? null;
    // Not running in this server: a status a crash left "running" is stopped until a start goes on with it.
    return kept?.state === 'running' ? { ...kept, state: 'stopped' } : kept;
  }

  /** At shutdown: each running import stops after its item in hand; resolves when all have. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  private save(owner: string, status: ImportStatus): void {
    try {
      this.records?.save(owner, status);
    } catch {
      // A status that cannot be written (disk full) leaves the import running; its page reads it from memory.
    }
  }

  private async run(owner: string, status: ImportStatus, sources: AsyncIterable<InputSource>, add: AddOne): Promise<void> {
    try {
      for await (const source of sources) {
        if (this.stopping) {
          status.state = 'stopped';
          return;
        }
        status.seen++;
        await this.importOne(status, source, add);
        this.save(owner, status);
      }
      status.listed = true;
      status.state = 'done';
    } catch (error) {
      status.rejected++;
      noteFailure(status, status.file, 'malformed_input', (error as Error).message);
      status.state = 'done';
    }
  }

  /** One item of the file, counted by its outcome. */
  private async importOne(status: ImportStatus, source: InputSource, add: AddOne): Promise<void> {
    if (source.kind === 'invalid') {
      status.rejected++;
      noteFailure(status, source.label, source.error.code, source.error.message);
      return;
    }
    if (source.kind === 'stdin' || source.kind === 'file') return;
    const outcome = await add(source).catch((error: unknown): Outcome => ({ status: 'rejected', label: source.label, failure: toFailure(error, source.label) }));
    switch (outcome.status) {
      case 'added':
        status.added++;
        if (status.readings.length < KEPT_READINGS) status.readings.push({ id: outcome.reading.id, title: outcome.reading.title });
        break;
      case 'skipped':
        status.skipped++;
        break;
      case 'failed':
        status.failed++;
        noteFailure(status, outcome.label, outcome.failure.code, outcome.failure.message);
        break;
      case 'rejected':
        status.rejected++;
        noteFailure(status, outcome.label, outcome.failure.code, outcome.failure.message);
        break;
    }
  }

  /** Drops an owner's oldest finished imports beyond the ones kept. */
  private forget(owner: string): void {
    const finished = [...this.jobs.values()].filter((j) => j.owner === owner && j.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) this.jobs.delete(job.status.id);
  }
}

function noteFailure(status: ImportStatus, label: string, code: string, message: string): void {
  if (status.failures.length < KEPT_FAILURES) status.failures.push({ label, code, message });
}
