/**
 * Inputs that are MIME messages, read for the page they carry:
 *
 * - a web archive: a page saved as one file (MHTML: Chrome's and Edge's
 *   "Webpage, Single File", Word's and Internet Explorer's .mht), its HTML a
 *   quoted-printable part ("Sweden=E2=80=99s", lines cut with "=") beside the
 *   page's stylesheets and images;
 * - an email (.eml): a newsletter, its HTML or plain-text body, with the
 *   subject as its headline, the sender as its outlet and the day it was sent.
 *
 * Read as they are, such inputs came out full of headers and escapes. The
 * part is decoded here, at the I/O edge, by a MIME parser (postal-mime, which
 * is asynchronous), and travels with the input as `page`: extraction reads it,
 * while the original kept is the message, byte for byte.
 */
import type { PageDetails, RawInput } from '../domain/types.js';
import { mediaType } from './content-type.js';
import { headText } from './markup.js';

const ARCHIVE_TYPES = new Set(['multipart/related', 'application/x-mimearchive']);
const EMAIL_TYPES = new Set(['message/rfc822']);
/** A MIME header block that opens the input and declares related parts. */
const MULTIPART_RELATED_RE = /^content-type:\s*multipart\/related\b/im;
const MIME_VERSION_RE = /^mime-version:\s*1\.0/im;
const HEADER_LINE_RE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]/;

/** Bytes a message's opening header block is looked for in. */
const HEADER_BYTES = 8192;

/** The header block an input opens with (up to its first empty line), or null when its first line is no header. */
function openingHeaders(bytes: Uint8Array): string | null {
  // Most inputs open with "<" or prose: no header can start there, and the head is not converted.
  const at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const first = bytes[at] ?? 0;
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return null;
  const head = headText(bytes.subarray(0, HEADER_BYTES));
  if (!HEADER_LINE_RE.test(head)) return null;
  const end = head.search(/\r?\n\r?\n/);
  return end < 0 ? head : head.slice(0, end);
}

export type MimeKind = 'archive' | 'email' | null;

/** What MIME message an input is, by its declared type or its opening headers (looked at once). */
export function mimeKind(raw: Pick<RawInput, 'bytes' | 'contentType'>): MimeKind {
  const type = mediaType(raw.contentType);
  if (type !== null && ARCHIVE_TYPES.has(type)) return 'archive';
  if (type !== null && EMAIL_TYPES.has(type)) return 'email';
  const headers = openingHeaders(raw.bytes);
  if (headers === null) return null;
  // The markers must be in the header block the input opens with, not quoted in a page about MHTML.
  if (MIME_VERSION_RE.test(headers) && MULTIPART_RELATED_RE.test(headers)) return 'archive';
  // An email: a sender, a subject and a date.
  return /^from:/im.test(headers) && /^subject:/im.test(headers) && /^date:/im.test(headers) ? 'email' : null;
}

/** The address a saved page came from: Chrome's snapshot header, else the first part's location. */
const SNAPSHOT_LOCATION_RE = /^snapshot-content-location:\s*(\S+)/im;
const PART_LOCATION_RE = /^content-location:\s*(\S+)/im;

const httpOnly = (address: string | null | undefined): string | null => (address && /^https?:\/\//i.test(address) ? address : null);

/**
 * The input with the page its message carries, decoded, as `page` (and, for a
 * web archive, the page's own address as `url` when the input had none); the
 * input itself when it is no such message or carries no page (it is then read
 * as it is).
 */
export async function withMimePage(raw: RawInput): Promise<RawInput> {
  const kind = mimeKind(raw);
  if (kind === null) return raw;
  const archive = kind === 'archive';
  const { default: PostalMime } = await import('postal-mime');
  let message: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    message = await PostalMime.parse(raw.bytes);
  } catch {
    return raw;
  }
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  if (archive) {
    if (!message.html) return raw;
    const head = headText(raw.bytes);
    const location = SNAPSHOT_LOCATION_RE.exec(head)?.[1] ?? PART_LOCATION_RE.exec(head)?.[1];
    return { ...raw, url: raw.url ?? httpOnly(location), page: { bytes: encode(message.html), contentType: 'text/html; charset=utf-8' } };
  }
  const body = message.html ? { text: message.html, type: 'text/html' } : message.text ? { text: message.text, type: 'text/plain' } : null;
  if (!body) return raw;
  const details: PageDetails = {
    title: message.subject?.trim() || null,
    outlet: message.from?.name?.trim() || null,
    published: message.date && !Number.isNaN(Date.parse(message.date)) ? new Date(message.date).toISOString() : null,
  };
  return { ...raw, page: { bytes: encode(body.text), contentType: `${body.type}; charset=utf-8`, details } };
}

/** What extraction reads: the page a MIME message carries, else the input's own bytes. */
export function readableInput(raw: RawInput): RawInput {
  return raw.page ? { ...raw, bytes: raw.page.bytes, contentType: raw.page.contentType } : raw;
}
