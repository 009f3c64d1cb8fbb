export interface Bom {
  /** The WHATWG encoding name the BOM announces. */
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
  length: number;
}

/** The byte-order mark `bytes` start with, or null. */
export function detectBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return null;
}

export const isUtf16 = (bom: Bom | null): boolean => bom !== null && bom.encoding !== 'UTF-8';
