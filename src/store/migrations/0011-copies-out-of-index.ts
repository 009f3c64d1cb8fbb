export const name = '0011-copies-out-of-index';

// A word-for-word copy is kept out of the candidate index (its original
// stands for it): no postings, no document-frequency counts. Its story
// remembers how many such members it has, so that the average link of a new
// reading to the story is taken over the texts it can find as candidates.
export const sql = `
ALTER TABLE reading_features ADD COLUMN indexed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stories ADD COLUMN copies INTEGER NOT NULL DEFAULT 0;
`;
