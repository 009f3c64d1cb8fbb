import * as createReadings from './0001-create-readings.js';
import * as addFulltextIndex from './0002-add-fulltext-index.js';
import * as addRelateAndStories from './0003-add-relate-and-stories.js';
import * as addFeeds from './0004-add-feeds.js';
import * as addSummaryCache from './0005-add-summary-cache.js';
import * as addEmbeddings from './0006-add-embeddings.js';
import * as coverPostingsIndex from './0007-cover-postings-index.js';
import * as indexUnread from './0008-index-unread.js';
import * as compactPostings from './0009-compact-postings.js';
import * as indexLibraryOrder from './0010-index-library-order.js';
import * as copiesOutOfIndex from './0011-copies-out-of-index.js';
import * as indexTextOnInsert from './0012-index-text-on-insert.js';
import * as countUnknownOutlets from './0013-count-unknown-outlets.js';
import * as rememberBackgroundRegroup from './0014-remember-background-regroup.js';
import * as stemFulltextIndex from './0015-stem-fulltext-index.js';
import * as countOneAtATimeJoins from './0016-count-one-at-a-time-joins.js';
import * as packOriginals from './0017-pack-originals.js';

export interface Migration {
  name: string;
  sql: string;
}

/** Forward-only, in order. Append; never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [createReadings, addFulltextIndex, addRelateAndStories, addFeeds, addSummaryCache, addEmbeddings, coverPostingsIndex, indexUnread, compactPostings, indexLibraryOrder, copiesOutOfIndex, indexTextOnInsert, countUnknownOutlets, rememberBackgroundRegroup, stemFulltextIndex, countOneAtATimeJoins, packOriginals];
