import { randomUUID } from 'node:crypto';
import { ReadingsError } from '../domain/errors.js';
import type { InputHints, RawInput, Reading } from '../domain/types.js';
import { canonicalizeUrl } from '../extract/common/canonical-url.js';
import type { Storage } from '../store/storage.js';
import { DEFAULT_RELATE, relateNewReading, type RelateSettings } from './relate-reading.js';
import { embeddingText, type EmbeddingProvider } from '../providers/embeddings.js';
import type { DenseQuery } from './dense-rescore.js';
import type { ExtractPool } from './extract-pool.js';
import { commitEach, commitInGroups, type CommitGroups } from './commit-groups.js';
import { expandArgument, type InputSource } from './input-sources.js';
import { failureError, toFailure, type Failure } from './failure.js';
import { sha256 } from './sha256.js';
import { sniffReadable } from '../fetch/sniff.js';
import { loadAnalyzer } from './analyzer.js';

/** What happened to one input. */
export type Outcome =
  | { status: 'added'; label: string; reading: Reading }
  /** Stored verbatim, but extraction failed: the failure is on the record. */
  | { status: 'failed'; label: string; reading: Reading; failure: Failure }
  | { status: 'skipped'; label: string; reading: Reading; reason: 'same_url' | 'same_content' }
  /** Nothing stored. */
  | { status: 'rejected'; label: string; failure: Failure };

/** The I/O edges ingest needs, passed in. */
export interface IngestDeps {
  storage: Storage;
  pool: ExtractPool;
  loadSource: (source: Exclude<InputSource, { kind: 'invalid' }>) => Promise<RawInput>;
  relate?: RelateSettings;
  /** Optional dense vectors, blended into similarity; a failing endpoint falls back to the lexical representation. */
  embeddings?: EmbeddingProvider | null;
  /** Warnings that do not stop an input (an embeddings endpoint down). */
  onWarning?: (message: string) => void;
  now?: () => Date;
  newId?: () => string;
}

export interface IngestOptions {
  hints?: InputHints;
  maxBytes: number;
  charset?: string | null;
  /** Store readings without analysing or grouping them; `regroup` does it later, in one pass. */
  deferStories?: boolean;
  /** Commit stores in groups (bulk import): far fewer page writes, each reading still all-or-nothing. */
  groupCommits?: boolean;
  /**
   * Store analysed readings out of the candidate index and out of stories,
   * for the caller to group them all at once when the import is done
   * (`groupUngrouped`: the order they came in does not matter, and it is far
   * cheaper than one at a time).
   */
  groupLater?: boolean;
  /** Called once per input, in completion order. */
  onOutcome?: (outcome: Outcome) => void;
  /** Once aborted, no new input is started; the ones in hand finish and are committed. */
  signal?: AbortSignal;
}

/** Counts, and the inputs that went wrong (kept for the final report; successes are not held). */
export interface IngestSummary {
  added: number;
  failed: number;
  skipped: number;
  rejected: number;
  problems: { label: string; failure: Failure; stored: boolean }[];
  /**
   * Set when the run stopped before its last input because the library was
   * busy (another process held its write lock past the busy timeout): the
   * inputs after the one that failed were not started. Running the same
   * import again adds them and skips what is stored.
   */
  stoppedBy: Failure | null;
}

/** Every input the command-line arguments name; an argument that names nothing becomes an invalid input. */
export async function* expandArguments(args: readonly string[], hints: InputHints): AsyncGenerator<InputSource> {
  for (const arg of args) {
    try {
      yield* expandArgument(arg, hints);
    } catch (error) {
      const failure = toFailure(error, arg);
      yield { kind: 'invalid', label: arg, error: failureError(failure, arg) };
    }
  }
}

export function ingest(args: readonly string[], deps: IngestDeps, options: IngestOptions): Promise<IngestSummary> {
  return ingestSources(expandArguments(args, options.hints ?? {}), deps, options);
}

/**
 * Ingests inputs as they come. They are read and extracted concurrently
 * (extraction and analysis in the pool's worker threads); every store happens
 * here, on one connection, one transaction per reading (the reading, its
 * original, its features and its story). One bad input never stops the others.
 */
export async function ingestSources(sources: AsyncIterable<InputSource>, deps: IngestDeps, options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, failed: 0, skipped: 0, rejected: 0, problems: [], stoppedBy: null };
  const record = (outcome: Outcome): void => {
    summary[outcome.status]++;
    if (outcome.status === 'rejected' && outcome.failure.code === 'library_busy') summary.stoppedBy ??= outcome.failure;
    if (outcome.status === 'rejected' || outcome.status === 'failed') {
      summary.problems.push({ label: outcome.label, failure: outcome.failure, stored: outcome.status === 'failed' });
    }
    options.onOutcome?.(outcome);
  };
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(2, deps.pool.capacity + 2);
  const embed = embedder(deps);
  const commits = stopWhenBusy(options.groupCommits ? commitInGroups(deps.storage) : commitEach(deps.storage), () => summary.stoppedBy);
  try {
    for await (const source of sources) {
      while (inFlight.size >= limit) await Promise.race(inFlight);
      if (options.signal?.aborted || summary.stoppedBy) break;
      const task = ingestSource(source, deps, options, embed, commits).then(record, (error: unknown) =>
        record({ status: 'rejected', label: source.label, failure: toFailure(error, source.label) }),
      );
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    }
    await Promise.all(inFlight);
  } finally {
    commits.flush();
  }
  return summary;
}

/**
 * Once a store found the library busy, the inputs in hand fail at once
 * instead of each waiting out the busy timeout again.
 */
function stopWhenBusy(commits: CommitGroups, stoppedBy: () => Failure | null): CommitGroups {
  return {
    store: (fn) => {
      const busy = stoppedBy();
      if (busy) throw failureError(busy, null);
      commits.store(fn);
    },
    flush: () => commits.flush(),
  };
}

async function ingestSource(source: InputSource, deps: IngestDeps, options: IngestOptions, embed: Embed, commits: CommitGroups): Promise<Outcome> {
  const repo = deps.storage.readings;
  if (source.kind === 'invalid') return { status: 'rejected', label: source.label, failure: toFailure(source.error, source.label) };
  const declaredUrl = declaredUrlOf(source);
  if (source.kind === 'url' && !declaredUrl) {
    throw new ReadingsError('invalid_url', 'not an http(s) URL', source.label);
  }
  if (declaredUrl) {
    const existing = repo.findExisting({ url: declaredUrl, inputHash: '', contentHash: null });
    if (existing) return { status: 'skipped', label: source.label, reading: existing, reason: 'same_url' };
  }
  const raw = await deps.loadSource(source);
  // Without a URL the input's hash identifies it before extraction; with one,
  // the worker computes it (off this thread, which every store waits on).
  const inputHash = declaredUrl ? undefined : sha256(raw.bytes);
  if (inputHash) {
    const existing = repo.findExisting({ url: null, inputHash, contentHash: null });
    if (existing) return { status: 'skipped', label: source.label, reading: existing, reason: 'same_content' };
  }
  const now = (deps.now ?? (() => new Date()))().toISOString();
  const id = (deps.newId ?? randomUUID)();
  const analyzeHere = !options.deferStories && options.groupLater === true && isHtml(raw, options.maxBytes);
  const prepared = await deps.pool.prepare(raw, source.hints, { id, now, maxBytes: options.maxBytes, charset: options.charset ?? null, analyze: !options.deferStories && !analyzeHere, inputHash });
  if (prepared.kind === 'rejected') return { status: 'rejected', label: source.label, failure: prepared.failure };
  const { reading } = prepared;
  const existing = repo.findExisting({
    url: reading.url,
    inputHash: prepared.inputHash,
    contentHash: reading.extractionStatus === 'ok' ? reading.contentHash : null,
  });
  if (existing) return { status: 'skipped', label: source.label, reading: existing, reason: reading.url ? 'same_url' : 'same_content' };
  if (analyzeHere && prepared.failure === null) prepared.features = (await loadAnalyzer())(reading);
  const dense = prepared.features && !options.deferStories ? await embed(reading) : null;
  commits.store(() => {
    repo.insert(reading, prepared.inputHash, prepared.original);
    if (options.deferStories) return;
    if (options.groupLater && prepared.features) deps.storage.relate.saveFeatures(reading.id, prepared.features, { index: false });
    else relateNewReading(deps.storage.relate, reading, prepared.features, deps.relate ?? DEFAULT_RELATE, deps.newId ?? randomUUID, dense);
  });
  return prepared.failure
    ? { status: 'failed', label: source.label, reading, failure: prepared.failure }
    : { status: 'added', label: source.label, reading };
}

/**
 * Whether an input is an HTML page, whose analysis a bulk import does in this
 * thread rather than in the worker that extracted it. Extracting a page takes
 * a worker ~12 ms and storing it here under 1 ms: this thread waits most of a
 * page import, while analysing in the workers made each of them compile the
 * analysis and load its language model too (121 pages: 2.50 -> 2.24 s, 4.2 ->
 * 3.6 CPU-s). A text dump or a headline is cleaned in ~2 ms or less, and this
 * thread's storing is then the bottleneck (34,914 headlines analysed here:
 * 22.3 -> 25.1 s): those are analysed where they are extracted.
 */
function isHtml(raw: RawInput, maxBytes: number): boolean {
  try {
    return sniffReadable(raw, maxBytes) === 'html';
  } catch {
    return false; // the worker says what is wrong with it
  }
}

type Embed = (reading: Reading) => Promise<DenseQuery | null>;

/** Embeds readings while the endpoint works; after its first failure, the rest of the run goes without. */
function embedder(deps: IngestDeps): Embed {
  let provider = deps.embeddings ?? null;
  return async (reading) => {
    if (!provider) return null;
    try {
      const [vector] = await provider.embed([embeddingText(reading.title, reading.text)]);
      return vector ? { model: provider.model, vector } : null;
    } catch (error) {
      provider = null;
      deps.onWarning?.(`embeddings unavailable, using the built-in representation: ${(error as Error).message}`);
      return null;
    }
  };
}

/** The identity URL an input carries before it is read: the user's URL, canonicalized. */
function declaredUrlOf(source: InputSource): string | null {
  if (source.kind === 'invalid') return null;
  const url = source.hints.url ?? (source.kind === 'url' ? source.url : null);
  return canonicalizeUrl(url);
}
