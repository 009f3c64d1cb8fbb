/**
 * Web archives: a page saved as one MIME file (MHTML: Chrome's and Edge's
 * "Webpage, Single File", Word's and Internet Explorer's .mht). Its HTML is a
 * MIME part, usually quoted-printable ("Sweden=E2=80=99s", lines cut with
 * "="), beside the page's stylesheets and images. Read as it is, the page came
 * out full of those escapes; the part is decoded here, at the I/O edge, by a
 * MIME parser (postal-mime), and travels with the input as `page`: extraction
 * reads it, while the original kept is the archive, byte for byte.
 */
import type { RawInput } from '../domain/types.js';
import { mediaType } from './content-type.js';
import { headText } from './markup.js';

const ARCHIVE_TYPES = new Set(['multipart/related', 'application/x-mimearchive', 'message/rfc822']);
/** A MIME header block that opens the input and declares related parts. */
const MULTIPART_RELATED_RE = /^content-type:\s*multipart\/related\b/im;
const MIME_VERSION_RE = /^mime-version:\s*1\.0/im;

/** Whether an input is a web archive, by its declared type or its opening headers. */
export function isWebArchive(raw: Pick<RawInput, 'bytes' | 'contentType'>): boolean {
  const type = mediaType(raw.contentType);
  if (type !== null && ARCHIVE_TYPES.has(type)) return true;
  // The header block ends at the first empty line: the markers must be in it, not quoted in a page about MHTML.
  const head = headText(raw.bytes.subarray(0, HEADER_BYTES));
  const end = head.search(/\r?\n\r?\n/);
  const headers = end < 0 ? head : head.slice(0, end);
  return MIME_VERSION_RE.test(headers) && MULTIPART_RELATED_RE.test(headers);
}

/** Bytes an archive's opening header block fits in. */
const HEADER_BYTES = 4096;

/** The address a saved page came from: Chrome's snapshot header, else the first part's location. */
const SNAPSHOT_LOCATION_RE = /^snapshot-content-location:\s*(\S+)/im;
const PART_LOCATION_RE = /^content-location:\s*(\S+)/im;

/**
 * The input with the page its archive holds, decoded, as `page`, and the
 * page's own address as `url` when the input had none; the input itself when
 * it is no web archive or holds no HTML page (it is then read as it is).
 */
export async function withArchivedPage(raw: RawInput): Promise<RawInput> {
  if (!isWebArchive(raw)) return raw;
  const { default: PostalMime } = await import('postal-mime');
  let html: string | undefined;
  try {
    html = (await PostalMime.parse(raw.bytes)).html;
  } catch {
    return raw;
  }
  if (!html) return raw;
  const head = headText(raw.bytes);
  const location = SNAPSHOT_LOCATION_RE.exec(head)?.[1] ?? PART_LOCATION_RE.exec(head)?.[1] ?? null;
  return {
    ...raw,
    url: raw.url ?? (location && /^https?:\/\//i.test(location) ? location : null),
    page: { bytes: new TextEncoder().encode(html), contentType: 'text/html; charset=utf-8' },
  };
}

/** What extraction reads: the page a web archive holds, else the input's own bytes. */
export function readableInput(raw: RawInput): RawInput {
  return raw.page ? { ...raw, bytes: raw.page.bytes, contentType: raw.page.contentType } : raw;
}
