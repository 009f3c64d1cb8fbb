export const name = '0008-index-unread';

// "Unread" is the library's most used filter: without an index its count and
// its newest-first page read every row of a large library.
export const sql = `
CREATE INDEX readings_unread ON readings (coalesce(published_at, created_at) DESC) WHERE read_count = 0;
`;
