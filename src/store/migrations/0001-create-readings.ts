export const name = '0001-create-readings';

// `url` is the canonical URL (tracking parameters removed): the identity of a
// fetched or declared article. `input_hash` identifies inputs without a URL.
export const sql = `
CREATE TABLE readings (
  id TEXT PRIMARY KEY,
  ref TEXT,
  category TEXT NOT NULL,
  url TEXT,
  title TEXT NOT NULL,
  outlet TEXT,
  byline TEXT,
  language TEXT,
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_read_at TEXT,
  read_count INTEGER NOT NULL DEFAULT 0 CHECK (read_count >= 0),
  word_count INTEGER NOT NULL CHECK (word_count >= 0),
  reading_minutes INTEGER NOT NULL CHECK (reading_minutes >= 0),
  content_hash TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  html TEXT,
  format TEXT CHECK (format IN ('html', 'text')),
  extraction_status TEXT NOT NULL CHECK (extraction_status IN ('ok', 'failed')),
  extraction_error TEXT,
  extraction_error_code TEXT
);
CREATE UNIQUE INDEX readings_url ON readings (url) WHERE url IS NOT NULL;
CREATE INDEX readings_input_hash ON readings (input_hash);
CREATE INDEX readings_content_hash ON readings (content_hash);
CREATE INDEX readings_published ON readings (coalesce(published_at, created_at) DESC);
CREATE INDEX readings_category ON readings (category);
CREATE INDEX readings_outlet ON readings (outlet);
CREATE INDEX readings_ref ON readings (ref) WHERE ref IS NOT NULL;

CREATE TABLE originals (
  reading_id TEXT PRIMARY KEY REFERENCES readings (id) ON DELETE CASCADE,
  bytes BLOB NOT NULL,
  content_type TEXT,
  label TEXT NOT NULL
);
`;
