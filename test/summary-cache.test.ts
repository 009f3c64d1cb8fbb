/** Summaries are cached with the version of the code that made them: an upgrade never serves an older release's. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingSummary } from '../src/service/summaries.js';
import { openStorage } from '../src/store/storage.js';
import { original, reading } from './helpers/reading-record.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();

describe('the summary cache', () => {
  it("recomputes a summary cached by an older release under the reading's bare version, then serves its own", () => {
    const storage = openStorage(join(tempDir(), 'library.db'));
    const r = reading({ text: 'Russian-led troops will start leaving Kazakhstan on Thursday. The withdrawal will take no more than ten days.' });
    storage.readings.insert(r, r.id, original(r));
    const stale = { sentences: [{ text: 'A summary an older release wrote.', paragraph: 0, index: 0 }] };
    storage.cache.put(`reading:${r.id}:3`, r.updatedAt, stale, r.id);

    const fresh = readingSummary(storage, r.id).summary;
    expect(fresh.sentences.map((s) => s.text)).toEqual([
      'Russian-led troops will start leaving Kazakhstan on Thursday.',
      'The withdrawal will take no more than ten days.',
    ]);
    // The older entry is replaced by this release's, under a version of its own.
    expect(storage.cache.get(`reading:${r.id}:3`, r.updatedAt)).toBeNull();
    expect(readingSummary(storage, r.id).summary).toEqual(fresh);
    storage.close();
  });
});
