export const name = '0015-stem-fulltext-index';

// Search matches a word's other forms: "troop" finds "troops", "withdraw"
// finds "withdrawing" and "withdrawal" (FTS5's Porter stemmer, on the
// unicode61 tokenizer as before). The index is made again from the readings
// (an external-content table rebuilds from its content table).
export const sql = `
DROP TRIGGER readings_fts_delete;
DROP TRIGGER readings_fts_update;
DROP TABLE readings_fts;
CREATE VIRTUAL TABLE readings_fts USING fts5 (
  title, text, outlet,
  content = 'readings', content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO readings_fts (readings_fts) VALUES ('rebuild');
CREATE TRIGGER readings_fts_delete AFTER DELETE ON readings BEGIN
  INSERT INTO readings_fts (readings_fts, rowid, title, text, outlet) VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
END;
CREATE TRIGGER readings_fts_update AFTER UPDATE OF title, text, outlet ON readings BEGIN
  INSERT INTO readings_fts (readings_fts, rowid, title, text, outlet) VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
  INSERT INTO readings_fts (rowid, title, text, outlet) VALUES (new.rowid, new.title, new.text, new.outlet);
END;
`;
