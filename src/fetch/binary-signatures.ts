/** A file format recognized by the bytes it starts with. */
interface Signature {
  name: string;
  /** Bytes (numbers) or ASCII text expected at `offset`. */
  magic: readonly number[] | string;
  offset?: number;
  /** Further check, for formats whose magic alone could start a text. */
  also?: (bytes: Uint8Array) => boolean;
}

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

const SIGNATURES: readonly Signature[] = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: 'GIF87a' },
  { name: 'GIF', magic: 'GIF89a' },
  { name: 'WEBP', magic: 'WEBP', offset: 8, also: (b) => ascii(b, 0, 4) === 'RIFF' },
  { name: 'WAV', magic: 'WAVE', offset: 8, also: (b) => ascii(b, 0, 4) === 'RIFF' },
  { name: 'AVI', magic: 'AVI ', offset: 8, also: (b) => ascii(b, 0, 4) === 'RIFF' },
  { name: 'TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO', magic: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF', magic: '%PDF-' },
  { name: 'PostScript', magic: '%!PS' },
  { name: 'ZIP', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP', magic: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP', magic: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'GZIP', magic: [0x1f, 0x8b] },
  { name: 'BZIP2', magic: 'BZh', also: (b) => ascii(b, 4, 10) === '1AY&SY' },
  { name: 'XZ', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'Zstandard', magic: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR', magic: 'Rar!\x1a\x07' },
  { name: 'ELF executable', magic: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Windows executable', magic: 'MZ', also: (b) => b.subarray(2, 64).includes(0) },
  { name: 'Mach-O executable', magic: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Java class', magic: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly', magic: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', magic: 'SQLite format 3\x00' },
  { name: 'MP3', magic: 'ID3' },
  { name: 'MP3', magic: [0xff, 0xfb] },
  { name: 'MP3', magic: [0xff, 0xf3] },
  { name: 'MP3', magic: [0xff, 0xf2] },
  { name: 'MP4', magic: 'ftyp', offset: 4 },
  { name: 'Ogg', magic: 'OggS' },
  { name: 'FLAC', magic: 'fLaC' },
  { name: 'Matroska/WebM', magic: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: 'WOFF font', magic: 'wOFF' },
  { name: 'WOFF2 font', magic: 'wOF2' },
];

function matches(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  const magic = typeof signature.magic === 'string' ? [...signature.magic].map((c) => c.charCodeAt(0)) : signature.magic;
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return signature.also ? signature.also(bytes) : true;
}

/** ZIP is the container of EPUB, DOCX, ODT…: name the document format when it shows. */
function zipFlavour(bytes: Uint8Array): string {
  // The first local file header's name starts at offset 30; EPUB and ODF store an
  // uncompressed "mimetype" entry first, whose content follows right after.
  const head = ascii(bytes, 30, 8192);
  if (head.startsWith('mimetypeapplication/epub+zip')) return 'EPUB';
  if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument')) return 'OpenDocument';
  if (head.includes('word/')) return 'DOCX';
  if (head.includes('xl/')) return 'XLSX';
  if (head.includes('ppt/')) return 'PPTX';
  return 'ZIP';
}

/**
 * The name of the binary format `bytes` start with, or null.
 *
 * @example binaryFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // "PDF"
 */
export function binaryFormat(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find((signature) => matches(bytes, signature));
  if (!found) return null;
  return found.name === 'ZIP' ? zipFlavour(bytes) : found.name;
}
