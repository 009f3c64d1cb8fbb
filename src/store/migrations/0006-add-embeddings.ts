export const name = '0006-add-embeddings';

// Dense vectors from an optional embeddings endpoint, per model, as float32 blobs.
export const sql = `
CREATE TABLE reading_embeddings (
  reading_id TEXT NOT NULL REFERENCES readings (id) ON DELETE CASCADE,
  model TEXT NOT NULL,
  vector BLOB NOT NULL,
  PRIMARY KEY (reading_id, model)
) WITHOUT ROWID;
`;
