export const name = '0009-compact-postings';

// The candidate index in one B-tree: postings keyed by (key, day, reading_id)
// instead of a table plus two indexes (a third of the pages, and one random
// insert per posting instead of three). A reading's postings are deleted by
// the keys it was posted under, kept beside its features, so no index on
// reading_id is needed. LSH buckets no longer keep document frequencies
// (src/relate/index-keys.ts says why).
export const sql = `
ALTER TABLE reading_features ADD COLUMN posted TEXT NOT NULL DEFAULT '[]';
UPDATE reading_features SET posted = coalesce(
  (SELECT json_group_array(key) FROM relate_postings p WHERE p.reading_id = reading_features.reading_id), '[]');
CREATE TABLE relate_postings_compact (
  key TEXT NOT NULL,
  day TEXT NOT NULL,
  reading_id TEXT NOT NULL,
  PRIMARY KEY (key, day, reading_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO relate_postings_compact (key, day, reading_id) SELECT key, day, reading_id FROM relate_postings;
DROP TABLE relate_postings;
ALTER TABLE relate_postings_compact RENAME TO relate_postings;
DELETE FROM relate_df WHERE key GLOB 'h:*';
`;
