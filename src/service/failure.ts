import { ReadingsError, type ErrorCode } from '../domain/errors.js';
import { asReadingsError } from '../store/busy.js';

/** A failure as data: stable code, one-line reason, and the input it is about. */
export interface Failure {
  code: ErrorCode;
  message: string;
  input: string;
}

export function toFailure(error: unknown, input: string): Failure {
  const known = asReadingsError(error);
  if (known) return { code: known.code, message: known.message, input: known.input ?? input };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'extraction_failed', message: `extraction failed: ${message}`, input };
}

/** A failure thrown again as an error; `input` null when the error is not about that input (a run stopped). */
export function failureError(failure: Failure, input: string | null = failure.input): ReadingsError {
  return new ReadingsError(failure.code, failure.message, input);
}
