import { isReadingsError, type ErrorCode } from '../domain/errors.js';

/** A failure as data: stable code, one-line reason, and the input it is about. */
export interface Failure {
  code: ErrorCode;
  message: string;
  input: string;
}

export function toFailure(error: unknown, input: string): Failure {
  if (isReadingsError(error)) return { code: error.code, message: error.message, input: error.input ?? input };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'extraction_failed', message: `extraction failed: ${message}`, input };
}
