export const name = '0014-remember-background-regroup';

// When the last week's stories were last regrouped in the background, and how
// many readings the library had then: kept in the library so that every
// process that refreshes feeds (`watch`, the server, `feeds refresh` from
// cron) regroups at most once per period between them.
export const sql = `
CREATE TABLE background_regroup (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL,
  readings INTEGER NOT NULL
);
`;
