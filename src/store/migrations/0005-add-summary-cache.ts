export const name = '0005-add-summary-cache';

// Summaries and comparisons are computed on first use and kept here, with the
// version of what they were computed from (a reading's update time, a story's
// members): a changed story recomputes them, an unchanged one never does.
export const sql = `
CREATE TABLE summary_cache (
  subject TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  value TEXT NOT NULL,
  reading_id TEXT REFERENCES readings (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
`;
