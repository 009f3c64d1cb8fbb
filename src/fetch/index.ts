// The fetch stage: getting input bytes (URL, file, stdin), deciding how to read them, decoding them.
export { fetchUrl, DEFAULT_FETCH_USER_AGENT, type FetchOptions, type FetchResult, type FetchDeps } from './fetch-url.js';
export { readFileInput, readStdinInput } from './file-input.js';
export { sniffFormat, looksLikeFeed, type SniffOptions } from './sniff.js';
export { decodeText, type DecodeOptions, type DecodedText } from './decode.js';
export { refusedRange, assertPublicAddress } from './address-guard.js';
export type { Resolver } from './guarded-connector.js';
