import { ReadingsError } from '../../domain/errors.js';
import type { InputHints } from '../../domain/types.js';
import { failureError } from '../../service/failure.js';
import type { Outcome } from '../../service/ingest.js';
import type { LibraryLease } from '../auth/libraries.js';
import type { AppDeps } from '../context.js';
import type { WriteRequest } from '../writer/library-writer.js';

/** One article to add: a URL to fetch, or a page or text given with an optional address. */
export interface AddReadingInput {
  url?: string;
  html?: string;
  text?: string;
  title?: string;
  outlet?: string;
  published?: string;
  category?: string;
  ref?: string;
}

function sourceOf(input: AddReadingInput): WriteRequest['source'] {
  const hints: InputHints = {
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    published: input.published ?? null,
    category: input.category ?? null,
    ref: input.ref ?? null,
    url: input.url ?? null,
  };
  const label = input.ref ? `ref ${input.ref}` : input.url ?? 'request body';
  if (input.html !== undefined) return { kind: 'inline', text: input.html, contentType: 'text/html; charset=utf-8', label, hints };
  if (input.text !== undefined) return { kind: 'inline', text: input.text, contentType: 'text/plain; charset=utf-8', label, hints };
  if (input.url) return { kind: 'url', url: input.url, label, hints };
  throw new ReadingsError('invalid_argument', 'needs one of url, html or text', 'body');
}

/**
 * Ingests one input into a user's library exactly as `readings add` does: the
 * same loader (so the same SSRF guard, honouring config.allowPrivate), the
 * same extraction, dedup and story assignment. Ingests of one library run one
 * at a time, so two requests for the same URL cannot both store it. A
 * rejected input throws its ReadingsError; nothing is stored then.
 */
export async function addReading(deps: AppDeps, library: LibraryLease, input: AddReadingInput): Promise<Exclude<Outcome, { status: 'rejected' }>> {
  const o = await addToLibrary(deps, library, sourceOf(input), null);
  if (o.status === 'rejected') throw failureError(o.failure);
  return o;
}

/**
 * One input into a library, one ingest at a time per library (the API and the
 * web app's form alike). A reading added wakes the scheduler, which regroups
 * the readings joined one at a time as soon as they are a quarter of the
 * library (`regroupRecent`), instead of at its next look, up to a minute later:
 * a library built by a run of requests ends grouped as a bulk import would be.
 */
export async function addToLibrary(deps: AppDeps, library: LibraryLease, source: WriteRequest['source'], upload: WriteRequest['upload']): Promise<Outcome> {
  const outcome = await library.exclusive(() => deps.writer.add({ library, source, upload }));
  if (outcome.status === 'added') deps.feeds?.wake();
  return outcome;
}
