export const name = '0007-cover-postings-index';

// Candidate lookup reads up to a few hundred postings of one key in day
// order and only needs their reading ids: with the id in the index, that is
// one index range read instead of a table lookup per row.
export const sql = `
DROP INDEX relate_postings_key_day;
CREATE INDEX relate_postings_key_day_reading ON relate_postings (key, day, reading_id);
`;
