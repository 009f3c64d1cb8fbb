export const name = '0016-count-one-at-a-time-joins';

// How many readings joined their stories one at a time (scored against the
// stories so far) since the recent stories were last regrouped as a whole,
// and the earliest day among them: a library that grew by a quarter that way
// is regrouped without waiting for the hour, and the regrouping reaches back
// to the oldest of them (an article of last year added today included).
export const sql = `
CREATE TABLE one_at_a_time_joins (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  readings INTEGER NOT NULL,
  earliest_day TEXT NOT NULL
);
`;
