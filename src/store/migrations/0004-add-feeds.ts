export const name = '0004-add-feeds';

// Subscriptions and what each refresh saw. `feeds.url` is the feed URL as last
// fetched (a 301/308 rewrites it). `feed_entries` remembers every entry ever
// seen, by GUID, canonical URL and content hash, so that no entry is ingested
// twice across refreshes, GUID changes or re-published items; it links to the
// reading the entry became. ON DELETE SET NULL: deleting a reading keeps the
// entry known, so the next refresh does not bring it back.
export const sql = `
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL UNIQUE,
  site_url TEXT,
  title TEXT,
  title_locked INTEGER NOT NULL DEFAULT 0 CHECK (title_locked IN (0, 1)),
  category TEXT,
  full_text TEXT NOT NULL DEFAULT 'auto' CHECK (full_text IN ('auto', 'always', 'never')),
  format TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  etag TEXT,
  last_modified TEXT,
  created_at TEXT NOT NULL,
  last_fetched_at TEXT,
  last_success_at TEXT,
  next_fetch_at TEXT,
  interval_seconds INTEGER,
  error_count INTEGER NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  last_error TEXT,
  last_error_code TEXT
);
CREATE INDEX feeds_next_fetch ON feeds (next_fetch_at) WHERE status = 'active';

CREATE TABLE feed_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  url TEXT,
  title TEXT,
  author TEXT,
  published_at TEXT,
  updated_at TEXT,
  first_seen_at TEXT NOT NULL,
  content_hash TEXT,
  reading_id TEXT REFERENCES readings (id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'rejected')),
  attempts INTEGER NOT NULL DEFAULT 1,
  full_text TEXT CHECK (full_text IN ('article', 'feed')),
  full_text_error TEXT,
  full_text_error_code TEXT,
  error TEXT,
  error_code TEXT,
  UNIQUE (feed_id, guid)
);
CREATE INDEX feed_entries_url ON feed_entries (feed_id, url) WHERE url IS NOT NULL;
CREATE INDEX feed_entries_hash ON feed_entries (feed_id, content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX feed_entries_reading ON feed_entries (reading_id) WHERE reading_id IS NOT NULL;
`;
