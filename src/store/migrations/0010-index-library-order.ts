export const name = '0010-index-library-order';

// The library is listed newest first by (published or created, created, id).
// An index on the first term alone left SQLite scanning and sorting every row
// for an unfiltered page (21-38 ms on 11,000 readings, reading past each
// row's text to its last columns); indexes on the whole order give any page
// in well under a millisecond. Source and category filters compare without
// case, so their indexes do too (the old ones could not serve them).
export const sql = `
DROP INDEX readings_published;
DROP INDEX readings_unread;
DROP INDEX readings_category;
DROP INDEX readings_outlet;
CREATE INDEX readings_newest ON readings (coalesce(published_at, created_at) DESC, created_at DESC, id);
CREATE INDEX readings_unread ON readings (coalesce(published_at, created_at) DESC, created_at DESC, id) WHERE read_count = 0;
CREATE INDEX readings_category ON readings (category COLLATE NOCASE, coalesce(published_at, created_at) DESC, created_at DESC, id);
CREATE INDEX readings_outlet ON readings (outlet COLLATE NOCASE, coalesce(published_at, created_at) DESC, created_at DESC, id);
`;
