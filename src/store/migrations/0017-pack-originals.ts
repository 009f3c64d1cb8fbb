export const name = '0017-pack-originals';

// Originals stored from now on may be Brotli-compressed (encoding 'br'); the
// rows before keep their bytes as they are (NULL), and both read back as given.
export const sql = `
ALTER TABLE originals ADD COLUMN encoding TEXT;
`;
