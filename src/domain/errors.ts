/**
 * Stable error codes, one per failure a user can meet. The CLI prints
 * `<input>: <reason> [<code>]`; the API will map them to 4xx bodies.
 */
export const ERROR_CODES = [
  'empty_input',
  'binary_input',
  'input_too_large',
  'invalid_encoding',
  'no_article',
  'malformed_input',
  'fetch_timeout',
  'fetch_http_error',
  'fetch_too_many_redirects',
  'fetch_unreachable',
  'private_address',
  'invalid_url',
  'unsupported_scheme',
  'not_found',
  'invalid_argument',
  'duplicate',
  'extraction_failed',
  'no_feed',
  'malformed_feed',
  'feed_gone',
  'rate_limited',
  'too_many_entries',
  'library_busy',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class ReadingsError extends Error {
  readonly code: ErrorCode;
  /** The input the error is about: a URL, a path, `-` for stdin, `line 12`. */
  readonly input: string | null;

  constructor(code: ErrorCode, message: string, input: string | null = null) {
    super(message);
    this.name = 'ReadingsError';
    this.code = code;
    this.input = input;
  }

  /** One line: input, reason, stable code. */
  toLine(): string {
    const prefix = this.input ? `${this.input}: ` : '';
    return `${prefix}${this.message} [${this.code}]`;
  }
}

export function isReadingsError(e: unknown): e is ReadingsError {
  return e instanceof ReadingsError;
}

/** What a `notFound` error names: a reading or a story the library does not hold. */
export type NotFoundKind = 'reading' | 'story';

const NOT_FOUND_MESSAGES: Readonly<Record<NotFoundKind, string>> = { reading: 'no reading with this id', story: 'no story with this id' };

/** The error for an id the library holds no reading (or story) by. */
export function notFound(kind: NotFoundKind, id: string): ReadingsError {
  return new ReadingsError('not_found', NOT_FOUND_MESSAGES[kind], id);
}

/** The kind a `notFound` error was made for, else null (other errors, and other `not_found` ones: "no reading with this id in story …"). */
export function notFoundKind(error: unknown): NotFoundKind | null {
  if (!isReadingsError(error) || error.code !== 'not_found') return null;
  for (const kind of ['reading', 'story'] as const) if (error.message === NOT_FOUND_MESSAGES[kind]) return kind;
  return null;
}
