import { isUtf8 } from 'node:buffer';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { ReadingsError } from '../domain/errors.js';
import type { InputFormat } from '../domain/types.js';
import { detectBom } from './bom.js';
import { charsetParam } from './content-type.js';
import { invalidUtf8Offset } from './utf8.js';
import { fixWindows1252 } from './windows-1252.js';

export interface DecodeOptions {
  contentType: string | null;
  format: InputFormat;
  /** Overrides every charset the input declares (`--charset`). */
  charset?: string | null;
  /** Names the input in messages. */
  label: string;
  /**
   * Cuts bytes that need not be decoded (`withoutScriptBytes`), after they were
   * checked: only for encodings in which an ASCII byte is always that character.
   */
  prune?: (bytes: Uint8Array) => Uint8Array;
}

/** Encodings in which a byte below 0x80 can be part of another character. */
const NOT_ASCII_SAFE = new Set(['utf-16le', 'utf-16be', 'iso-2022-jp']);

export interface DecodedText {
  text: string;
  /** The encoding used, as TextDecoder names it: "utf-8", "windows-1251", "shift_jis"… */
  charset: string;
}

type CharsetSource = 'the --charset option' | 'a byte-order mark' | 'the Content-Type header' | 'a <meta> tag' | 'default';

const HINT = 'declare a charset or pass --charset';

function decoderFor(label: string, source: CharsetSource, input: string, fatal: boolean): TextDecoder {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    throw new ReadingsError('invalid_encoding', `unknown charset "${label}" (from ${source}); ${HINT}`, input);
  }
}

/** The charset to decode with, and where it came from, in order of precedence. */
function chooseCharset(bytes: Uint8Array, options: DecodeOptions): { label: string; source: CharsetSource } {
  if (options.charset) return { label: options.charset, source: 'the --charset option' };
  const bom = detectBom(bytes);
  if (bom) return { label: bom.encoding, source: 'a byte-order mark' };
  const header = charsetParam(options.contentType);
  if (header) return { label: header, source: 'the Content-Type header' };
  if (options.format === 'html') {
    // With no BOM and no transport label, the sniffer returns the <meta> prescan
    // result, or our default ('' = none found).
    const meta = sniffHTMLEncoding(bytes, { defaultEncoding: '' });
    if (meta) return { label: meta, source: 'a <meta> tag' };
  }
  return { label: 'utf-8', source: 'default' };
}

/**
 * Decodes input bytes to text. The charset comes from, in order: the explicit
 * `charset`, a BOM, the Content-Type header, (HTML) the `<meta>` prescan, else UTF-8.
 * Bytes that are not valid UTF-8 when UTF-8 was chosen, and unknown charset labels,
 * throw `invalid_encoding`. The BOM is not part of the text.
 *
 * @example decodeText(bytes, { contentType: 'text/html; charset=windows-1251', format: 'html', label: 'page.html' })
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const { label, source } = chooseCharset(bytes, options);
  const probe = decoderFor(label, source, options.label, false);
  const utf8 = probe.encoding === 'utf-8';
  // isUtf8 is native; the offset for the message is found only on failure.
  if (utf8 && !isUtf8(bytes)) {
    const offset = invalidUtf8Offset(bytes);
    if (offset !== -1) {
      const why = source === 'default' ? 'no charset is declared, so UTF-8 was assumed' : `UTF-8 per ${source}`;
      const byte = (bytes[offset] as number).toString(16).toUpperCase().padStart(2, '0');
      throw new ReadingsError(
        'invalid_encoding',
        `not valid UTF-8 at byte offset ${offset} (0x${byte}); ${why}: ${HINT}`,
        options.label,
      );
    }
  }
  // UTF-16 (a byte-order mark says so) must be whole: an odd byte or a lone surrogate is not text in it.
  const utf16 = probe.encoding === 'utf-16le' || probe.encoding === 'utf-16be';
  const pruned = options.prune && !NOT_ASCII_SAFE.has(probe.encoding) ? options.prune(bytes) : bytes;
  let raw: string;
  try {
    raw = decoderFor(label, source, options.label, utf8 || utf16).decode(pruned);
  } catch {
    throw new ReadingsError('invalid_encoding', `not valid ${probe.encoding.toUpperCase()} per ${source} (an odd byte or a broken surrogate pair): ${HINT}`, options.label);
  }
  // TextDecoder drops a BOM of its own encoding; drop any other leading U+FEFF too.
  const decoded = raw.replace(/^\uFEFF/, '');
  const text = probe.encoding === 'windows-1252' ? fixWindows1252(decoded) : decoded;
  return { text, charset: probe.encoding };
}
