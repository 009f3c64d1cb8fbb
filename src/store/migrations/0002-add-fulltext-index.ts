export const name = '0002-add-fulltext-index';

// External-content FTS5 table over readings; the triggers keep it in sync in
// the same transaction as every insert, update and delete.
export const sql = `
CREATE VIRTUAL TABLE readings_fts USING fts5 (
  title, text, outlet,
  content = 'readings', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER readings_fts_insert AFTER INSERT ON readings BEGIN
  INSERT INTO readings_fts (rowid, title, text, outlet) VALUES (new.rowid, new.title, new.text, new.outlet);
END;
CREATE TRIGGER readings_fts_delete AFTER DELETE ON readings BEGIN
  INSERT INTO readings_fts (readings_fts, rowid, title, text, outlet) VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
END;
CREATE TRIGGER readings_fts_update AFTER UPDATE OF title, text, outlet ON readings BEGIN
  INSERT INTO readings_fts (readings_fts, rowid, title, text, outlet) VALUES ('delete', old.rowid, old.title, old.text, old.outlet);
  INSERT INTO readings_fts (rowid, title, text, outlet) VALUES (new.rowid, new.title, new.text, new.outlet);
END;
`;
