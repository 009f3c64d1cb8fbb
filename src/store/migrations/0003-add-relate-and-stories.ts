export const name = '0003-add-relate-and-stories';

// Features: what the relate stage derived from a reading (JSON), kept so the
// NLP never runs twice. Postings: the candidate index (see
// src/relate/postings.ts for which keys and why); document frequencies for
// IDF over the library. Stories and their members; manual corrections are
// kept as what the user did, by reading ids, so regrouping can honour them.
export const sql = `
CREATE TABLE reading_features (
  reading_id TEXT PRIMARY KEY REFERENCES readings (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  day TEXT,
  features TEXT NOT NULL
);
CREATE TABLE relate_postings (
  key TEXT NOT NULL,
  day TEXT NOT NULL,
  reading_id TEXT NOT NULL REFERENCES readings (id) ON DELETE CASCADE
);
CREATE INDEX relate_postings_key_day ON relate_postings (key, day);
CREATE INDEX relate_postings_reading ON relate_postings (reading_id);
CREATE TABLE relate_df (
  key TEXT PRIMARY KEY,
  df INTEGER NOT NULL CHECK (df >= 0)
) WITHOUT ROWID;

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  outlets TEXT NOT NULL DEFAULT '[]',
  size INTEGER NOT NULL DEFAULT 0,
  first_day TEXT,
  last_day TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_last_day ON stories (coalesce(last_day, substr(updated_at, 1, 10)) DESC);
CREATE TABLE story_members (
  reading_id TEXT PRIMARY KEY REFERENCES readings (id) ON DELETE CASCADE,
  story_id TEXT NOT NULL REFERENCES stories (id),
  affinity REAL NOT NULL DEFAULT 0,
  duplicate_of TEXT REFERENCES readings (id) ON DELETE SET NULL,
  duplicate_similarity REAL
);
CREATE INDEX story_members_story ON story_members (story_id);
CREATE TABLE story_corrections (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  correction TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;
