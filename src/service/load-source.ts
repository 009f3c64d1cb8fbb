import type { Config } from '../config/config.js';
import type { RawInput } from '../domain/types.js';
import type { FetchOptions } from '../fetch/fetch-url.js';
import { readFileInput, readStdinInput } from '../fetch/file-input.js';
import { withMimePage } from '../fetch/mime-input.js';
import type { InputSource } from './input-sources.js';

export type LoadableSource = Exclude<InputSource, { kind: 'invalid' }>;

/** How every fetch of Readings is bounded and guarded, from the configuration. */
export function fetchOptions(config: Config): Required<Pick<FetchOptions, 'allowPrivate' | 'connectTimeoutMs' | 'totalTimeoutMs' | 'maxBytes' | 'maxRedirects' | 'userAgent'>> {
  return {
    allowPrivate: config.allowPrivate,
    connectTimeoutMs: config.fetch.connectTimeoutMs,
    totalTimeoutMs: config.fetch.totalTimeoutMs,
    maxBytes: config.maxInputBytes,
    maxRedirects: config.fetch.maxRedirects,
    userAgent: config.fetch.userAgent,
  };
}

/** The I/O edge of ingest: turns an input source into verbatim bytes (and the page of a web archive, decoded). */
export function sourceLoader(config: Config, stdin: NodeJS.ReadableStream = process.stdin) {
  const load = verbatim(config, stdin);
  return async (source: LoadableSource): Promise<RawInput> => withMimePage(await load(source));
}

function verbatim(config: Config, stdin: NodeJS.ReadableStream) {
  return async (source: LoadableSource): Promise<RawInput> => {
    switch (source.kind) {
      case 'file':
        return readFileInput(source.path, config.maxInputBytes);
      case 'stdin':
        return readStdinInput(stdin, config.maxInputBytes);
      case 'inline':
        return { bytes: new TextEncoder().encode(source.text), contentType: source.contentType, url: null, label: source.label };
      case 'url': {
        // The HTTP client takes ~0.1 s to load; files and directories never need it.
        const { fetchUrl } = await import('../fetch/fetch-url.js');
        const result = await fetchUrl(source.url, fetchOptions(config));
        return { bytes: result.bytes, contentType: result.contentType, url: result.url, label: source.label };
      }
    }
  };
}
