/**
 * MIME inputs for tests: a small web archive as Chrome writes one ("Webpage,
 * Single File": MIME headers, the page as a quoted-printable text/html part,
 * UTF-8 escaped as "=E2=80=99", long lines cut with a soft "=", and a
 * stylesheet part), and a newsletter as a mail client saves it (.eml).
 */
export const ARCHIVED_URL = 'https://news.example/world/2022/01/13/kazakhstan-troops-leave';

/** Quoted-printable (RFC 2045) of a page's bytes (a string as UTF-8), lines at most 76 characters. */
function quotedPrintable(page: string | Uint8Array): string {
  const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : page;
  const lines: string[] = [];
  let line = '';
  for (const b of bytes) {
    const piece = b === 0x0a ? '\n' : b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    if (piece === '\n') {
      lines.push(line);
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** An archive of `html` saved from `location`; `partType` is its part's Content-Type (Chrome's names no charset). */
export function mhtmlOf(html: string | Uint8Array, location = ARCHIVED_URL, partType = 'text/html'): string {
  const boundary = '----MultipartBoundary--T3sT0nlyB0undary----';
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${location}`,
    'Subject: =?utf-8?Q?Kazakhstan?=',
    'Date: Thu, 13 Jan 2022 10:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    `Content-Type: ${partType}`,
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${location}`,
    '',
    quotedPrintable(html),
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://news.example/site.css',
    '',
    'body { font-family: serif; }',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A newsletter as a mail client saves it (.eml): an HTML part and a plain-text part, quoted-printable. */
export function emlOf(html: string, text: string, subject = 'Russian-led troops start leaving Kazakhstan'): string {
  const boundary = 'b1_newsletter';
  return [
    'Return-Path: <brief@dailybrief.example>',
    'Received: from mail.dailybrief.example by mx.example.org; Thu, 13 Jan 2022 12:05:02 +0000',
    'From: "The Daily Brief" <brief@dailybrief.example>',
    'To: reader@example.org',
    `Subject: =?UTF-8?Q?${quotedPrintable(subject).replace(/ /g, '_').replace(/=\r\n/g, '')}?=`,
    'Date: Thu, 13 Jan 2022 07:05:00 -0500',
    'Message-ID: <20220113.brief@dailybrief.example>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(text),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
