export const name = '0013-count-unknown-outlets';

// Readings whose outlet is unknown each count as an outlet of their own
// where a story's outlets are counted (its summary, its comparison: "reported
// by 2 of 5 outlets"); the story remembers how many it has so that its
// listing counts the same way.
export const sql = `
ALTER TABLE stories ADD COLUMN unknown_outlets INTEGER NOT NULL DEFAULT 0;
UPDATE stories SET unknown_outlets = (
  SELECT count(*) FROM story_members m JOIN readings r ON r.id = m.reading_id
  WHERE m.story_id = stories.id AND r.outlet IS NULL
);
`;
