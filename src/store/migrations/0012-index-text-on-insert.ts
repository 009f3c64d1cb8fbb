export const name = '0012-index-text-on-insert';

// The full-text index of a new reading is written by the repository's insert
// (sqlite-repository.ts) instead of an AFTER INSERT trigger. Through the
// trigger each insert cost about twice as much (a headline 264 -> 145 µs, a
// text dump 1,071 -> 742 µs, measured on 35k and 1,210 inserts in commit
// groups): a statement that fires a trigger runs in a statement
// transaction of its own, and the FTS5 table pays for each one. Updates and
// deletes keep their triggers (rare, and they must never miss the index).
export const sql = `
DROP TRIGGER readings_fts_insert;
`;
