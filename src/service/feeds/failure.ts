import { isReadingsError } from '../../domain/errors.js';
import type { Failure } from '../failure.js';

/** A failure as data (kept light: the feed layer need not load the extraction stage to report one). */
export function toFeedFailure(error: unknown, input: string): Failure {
  if (isReadingsError(error)) return { code: error.code, message: error.message, input: error.input ?? input };
  return { code: 'fetch_unreachable', message: error instanceof Error ? error.message : String(error), input };
}
