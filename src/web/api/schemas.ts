/**
 * Every shape the API takes and gives, in one place: the routes validate
 * with them and the OpenAPI document (openapi.json) is generated from them.
 */
import { z } from '@hono/zod-openapi';
import { ALL_CLAIMS } from '../../compare/first-claims.js';

// ---- errors
export const ErrorSchema = z
  .object({ error: z.object({ code: z.string().openapi({ example: 'not_found' }), message: z.string().openapi({ example: 'no reading with this id' }) }) })
  .openapi('Error');

// ---- parameters
const id = z.string().regex(/^[0-9A-Za-z-]{4,64}$/, 'an id (or a unique prefix of at least 4 characters)');
export const IdParams = z.object({ id: id.openapi({ param: { name: 'id', in: 'path' }, example: '3f6c0a52-9d1e-4f57-a1e4-6b7c2f0d9e11' }) });
export const TokenIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{12}$/, 'a token id').openapi({ param: { name: 'id', in: 'path' }, example: 'a1b2c3d4e5f6' }) });

const boolQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0);

export const FilterQuery = z.object({
  source: z.string().max(200).optional().openapi({ description: 'outlet name, case-insensitive', example: 'NHK World' }),
  category: z.string().max(200).optional().openapi({ example: 'nhk' }),
  since: z.string().max(40).optional().openapi({ description: 'published (else added) on or after this date: 2022-01-13, or relative to now: yesterday, 3 days ago, 7d, 12h', example: '2022-01-13' }),
  unread: boolQuery.optional().openapi({ description: 'only readings never read', example: 'true' }),
  limit: limit(1000, 50),
  offset,
});
export const ExportQuery = FilterQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(['jsonl', 'markdown']).default('jsonl').openapi({ description: 'jsonl: every field, the original input included (base64); markdown: for reading' }),
});
export const SearchQuery = FilterQuery.extend({
  q: z.string().trim().min(1).max(500).openapi({ description: 'words (all must match), "quoted phrases", prefix*, a OR b', example: 'Shoigu' }),
});
export const SimilarQuery = z.object({ limit: limit(50, 10) });
export const SummaryQuery = z.object({ sentences: limit(50, 3) });
export const CompareQuery = z.object({ limit: limit(ALL_CLAIMS, 100).openapi({ description: 'claims listed per list (claims, differences, singleOutlet), the most widely told first' }) });
export const StoriesQuery = z.object({
  since: z.string().max(40).optional().openapi({ description: 'only stories with a reading on or after this day: 2022-01-10, or relative to now: yesterday, 3 days ago, 7d', example: '2022-01-10' }),
  minOutlets: z.coerce.number().int().min(1).max(10_000).optional().openapi({ description: 'only stories told by at least this many outlets (a reading of unknown outlet counts as one)', example: 2 }),
  limit: limit(1000, 50),
  offset,
});

// ---- request bodies
export const CreateReadingBody = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(4096).optional().openapi({ description: 'fetched unless html or text is given, then only recorded as its address', example: 'https://www3.nhk.or.jp/nhkworld/en/news/20220114_04/' }),
    html: z.string().min(1).optional().openapi({ description: 'a saved HTML page' }),
    text: z.string().min(1).optional().openapi({ description: 'text copied out of a browser' }),
    title: z.string().max(1000).optional(),
    outlet: z.string().trim().min(1).max(200).optional().openapi({ description: 'the outlet, when the input does not name it', example: 'NHK World' }),
    published: z.string().max(100).optional().openapi({ example: '2022-01-14' }),
    category: z.string().min(1).max(200).optional(),
    ref: z.string().max(200).optional().openapi({ description: 'your own id for the item' }),
  })
  .refine((b) => b.url || b.html || b.text, { message: 'needs one of url, html or text' })
  .refine((b) => !(b.html && b.text), { message: 'give html or text, not both' })
  .openapi('CreateReading');

export const PatchReadingBody = z
  .object({
    category: z.string().trim().min(1).max(200).optional(),
    read: z.boolean().optional().openapi({ description: 'true counts a read (read count + 1, last read = now); false marks it unread' }),
  })
  .strict()
  .refine((b) => b.category !== undefined || b.read !== undefined, { message: 'give category or read' })
  .openapi('PatchReading');

export const CreateTokenBody = z.object({ name: z.string().trim().min(1).max(100).openapi({ example: 'laptop script' }) }).openapi('CreateToken');
export const CreateUserBody = z
  .object({
    username: z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits and . _ @ - only'),
    password: z.string().min(8).max(1024),
    role: z.enum(['admin', 'user']).default('user'),
  })
  .openapi('CreateUser');

// ---- readings
export const ReadingSchema = z
  .object({
    id: z.string(),
    ref: z.string().nullable(),
    category: z.string(),
    url: z.string().nullable(),
    title: z.string(),
    outlet: z.string().nullable(),
    byline: z.string().nullable(),
    language: z.string().nullable(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    lastReadAt: z.string().nullable(),
    readCount: z.number().int(),
    wordCount: z.number().int(),
    readingMinutes: z.number().int(),
    extraction: z.object({ status: z.enum(['ok', 'failed']), code: z.string().nullable(), error: z.string().nullable() }),
  })
  .openapi('Reading');

const UnknownOutlets = z.number().int().describe('readings whose outlet is unknown: each counts as an outlet of its own where outlets are counted (summary, compare)');
const StoryRefSchema = z.object({ id: z.string(), title: z.string(), size: z.number().int(), outlets: z.array(z.string()), unknownOutlets: UnknownOutlets }).openapi('StoryRef');

export const ReadingFullSchema = ReadingSchema.extend({
  contentHash: z.string(),
  format: z.enum(['html', 'text']).nullable(),
  paragraphs: z.array(z.string()),
  text: z.string(),
  html: z.string().nullable().openapi({ description: 'the article as allowlist-sanitized HTML (HTML inputs only)' }),
  original: z.object({ label: z.string(), contentType: z.string().nullable(), bytes: z.number().int() }).nullable(),
  story: StoryRefSchema.nullable(),
  feeds: z
    .array(z.object({
      feed: z.object({ id: z.number().int(), title: z.string().nullable(), url: z.string() }),
      guid: z.string(),
      url: z.string().nullable(),
      author: z.string().nullable(),
      publishedAt: z.string().nullable(),
      firstSeenAt: z.string(),
      text: z.enum(['article', 'feed']).nullable().openapi({ description: 'where the text came from: the article fetched, or the feed’s own content' }),
      articleError: z.object({ code: z.string().nullable(), message: z.string() }).nullable().openapi({ description: 'why the article could not be fetched, when the feed’s content was kept' }),
    }))
    .openapi({ description: 'the feed entries the reading came from (empty when it was added by hand)' }),
}).openapi('ReadingFull');

export const ReadingListSchema = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), readings: z.array(ReadingSchema) }).openapi('ReadingList');

export const CreateReadingResult = z
  .object({
    status: z.enum(['added', 'failed', 'skipped']).openapi({ description: 'failed: stored verbatim, but extraction failed; skipped: already in the library' }),
    reason: z.enum(['same_url', 'same_content']).optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    reading: ReadingFullSchema,
  })
  .openapi('CreateReadingResult');

export const DeletedSchema = z.object({ deleted: ReadingSchema }).openapi('Deleted');

export const SearchResultSchema = z
  .object({
    query: z.string(),
    hits: z.array(z.object({
      score: z.number(),
      snippet: z.string().openapi({ description: 'HTML-escaped text with the matches in <mark>…</mark>' }),
      reading: ReadingSchema,
    })),
  })
  .openapi('SearchResult');

const ReasonsSchema = z.object({
  people: z.array(z.string()),
  places: z.array(z.string()),
  organisations: z.array(z.string()),
  numbers: z.array(z.string()),
  dates: z.array(z.string()),
  terms: z.array(z.string()),
});

export const SimilarResultSchema = z
  .object({
    reading: ReadingSchema,
    reason: z.string().nullable().openapi({ description: 'why there are none, when there are none' }),
    similar: z.array(z.object({ score: z.number(), reasons: ReasonsSchema, storyId: z.string().nullable(), reading: ReadingSchema })),
  })
  .openapi('SimilarResult');

const emptyReason = z.enum(['no_sentences', 'no_complete_sentences', 'no_documents']);

export const ReadingSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    sentences: z.array(z.object({ text: z.string(), paragraph: z.number().int(), index: z.number().int() })),
    reason: emptyReason.optional(),
  })
  .openapi('ReadingSummary');

// ---- stories
export const StorySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlets: z.array(z.string()),
    unknownOutlets: UnknownOutlets,
    size: z.number().int(),
    copies: z.number().int().describe('members kept out of the candidate index as word-for-word copies of another member'),
    firstDay: z.string().nullable(),
    lastDay: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Story');

export const MergeStoryBody = z
  .object({ story: z.string().trim().min(4).max(64).openapi({ description: 'the story whose readings move into this one (id or unique prefix)' }) })
  .strict()
  .openapi('MergeStory');

export const SplitStoryBody = z
  .object({ readings: z.array(z.string().trim().min(4).max(64)).min(1).max(1000).openapi({ description: 'the readings to take out into a new story of their own' }) })
  .strict()
  .openapi('SplitStory');

export const SplitResultSchema = z.object({ from: StorySchema, to: StorySchema }).openapi('SplitResult');

export const StoryListSchema = z
  .object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    stories: z.array(StorySchema.extend({ readings: z.array(z.object({ id: z.string(), ref: z.string().nullable(), outlet: z.string().nullable() })) })),
  })
  .openapi('StoryList');

export const StoryDetailSchema = StorySchema.extend({
  readings: z.array(ReadingSchema.extend({
    affinity: z.number(),
    copies: z.array(z.object({ similarity: z.number().nullable(), reading: ReadingSchema })).openapi({ description: 'near-duplicates of this reading, collapsed under it' }),
  })),
}).openapi('StoryDetail');

const SourceRef = z.object({ id: z.string(), outlet: z.string().nullable() });
const StorySentenceSchema = z.object({
  text: z.string(),
  from: SourceRef.extend({ index: z.number().int(), paragraph: z.number().int() }),
  supportedBy: z.array(SourceRef.extend({ sentence: z.string(), similarity: z.number() })),
  agreement: z.number().openapi({ description: "share of the story's outlets that support it, 0..1" }),
});

export const StorySummarySchema = z
  .object({
    storyId: z.string(),
    headline: StorySentenceSchema.nullable(),
    sentences: z.array(StorySentenceSchema),
    outlets: z.number().int(),
    reason: emptyReason.optional(),
    single: z.boolean().optional(),
  })
  .openapi('StorySummary');

const MentionSchema = z.object({
  id: z.string(),
  outlet: z.string().nullable(),
  text: z.string(),
  sentence: z.string(),
  index: z.number().int(),
  amount: z.object({ low: z.number().nullable(), high: z.number().nullable(), bound: z.enum(['exact', 'atLeast', 'atMost', 'about', 'range']), value: z.number() }).optional()
    .openapi({ description: 'an unbounded side (e.g. "more than 2,000") is null' }),
  date: z.string().optional(),
  weekday: z.string().optional(),
  speaker: z.string().nullable().optional(),
});
const ClaimSchema = z.object({
  kind: z.enum(['quantity', 'date', 'quote', 'fact']),
  key: z.string(),
  label: z.string(),
  statedBy: z.array(MentionSchema),
  compatible: z.array(MentionSchema),
  conflicting: z.array(MentionSchema),
  singleOutlet: z.boolean(),
  silent: z.array(z.object({ id: z.string(), outlet: z.string().nullable() })).openapi({ description: 'the story\'s other outlets, which say nothing on the point (one reading each)' }),
}).openapi('Claim');

export const CompareReportSchema = z
  .object({
    storyId: z.string(),
    readings: z.number().int(),
    outlets: z.number().int(),
    nothingToCompare: z.string().optional(),
    notCompared: z.array(z.object({ id: z.string(), outlet: z.string().nullable(), language: z.string() })).optional()
      .openapi({ description: 'readings left out of the comparison: not in English, which is all the claim and headline readers read' }),
    claims: z.array(ClaimSchema).openapi({ description: 'the most widely told first, at most `limit`' }),
    differences: z.array(ClaimSchema).openapi({ description: 'claims stated with different figures or words, at most `limit`' }),
    singleOutlet: z.array(ClaimSchema).openapi({ description: 'claims one outlet alone makes, at most `limit`' }),
    totals: z.object({ claims: z.number().int(), differences: z.number().int(), singleOutlet: z.number().int() })
      .openapi({ description: 'how many claims each list holds in all' }),
    headlines: z.array(z.object({
      id: z.string(),
      outlet: z.string().nullable(),
      headline: z.string(),
      ownBody: z.object({ supported: z.boolean(), sentence: z.string().nullable(), score: z.number() }),
      supportedBy: z.array(z.object({ id: z.string(), outlet: z.string().nullable(), sentence: z.string(), score: z.number() })),
      flagged: z.boolean(),
      reason: z.string().optional(),
    })).openapi({ description: 'each reading\'s headline checked against its own body and the other outlets; a title made from the body\'s first words (a text given without a headline) is not listed' }),
  })
  .openapi('CompareReport');

// ---- tokens and users
export const TokenSchema = z
  .object({ id: z.string(), name: z.string(), prefix: z.string().openapi({ example: 'rdg_Ab3xYz' }), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi('Token');
export const TokenCreatedSchema = TokenSchema.extend({ token: z.string().openapi({ description: 'shown this once; only its hash is kept' }) }).openapi('TokenCreated');
export const TokenListSchema = z.object({ tokens: z.array(TokenSchema) }).openapi('TokenList');
export const UserSchema = z.object({ id: z.string(), username: z.string(), role: z.enum(['admin', 'user']), createdAt: z.string() }).openapi('User');
export const UserListSchema = z.object({ users: z.array(UserSchema) }).openapi('UserList');

// ---- feeds
export const FeedIdParams = z.object({ id: z.coerce.number().int().min(1).openapi({ param: { name: 'id', in: 'path' }, example: 3 }) });
export const RemoveFeedQuery = z.object({ keepReadings: boolQuery.optional().openapi({ description: 'keep the readings the feed brought in (default: they go too, unless another feed brought them)' }) });
export const CreateFeedBody = z
  .object({
    url: z.string().trim().min(1).max(2048).openapi({ description: 'a feed’s URL, or a site’s: its feeds are discovered', example: 'https://www.example.com/' }),
    title: z.string().trim().max(300).optional().openapi({ description: 'your name for the feed (refreshes leave it alone)' }),
    category: z.string().trim().max(100).optional().openapi({ description: 'category of its readings (default: from the feed’s title)' }),
    fullText: z.enum(['auto', 'always', 'never']).default('auto').openapi({ description: 'fetch the article of each entry: when the feed has a teaser only (auto), always, or never' }),
    all: z.boolean().default(false).openapi({ description: 'subscribe to every feed a site lists, not only the first' }),
  })
  .openapi('CreateFeed');
export const FeedSchema = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    url: z.string(),
    siteUrl: z.string().nullable(),
    category: z.string().nullable(),
    fullText: z.enum(['auto', 'always', 'never']),
    format: z.string().nullable(),
    status: z.enum(['active', 'disabled']).openapi({ description: 'disabled: the feed is gone (410); ask for a refresh to try it again' }),
    lastFetchedAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    nextFetchAt: z.string().nullable().openapi({ description: 'when the scheduler fetches it next (null: at its next look)' }),
    errorCount: z.number().int(),
    lastError: z.object({ code: z.string().nullable(), message: z.string() }).nullable(),
    items: z.number().int().optional().openapi({ description: 'readings it brought in' }),
    unread: z.number().int().optional(),
  })
  .openapi('Feed');
export const FeedListSchema = z.object({ feeds: z.array(FeedSchema) }).openapi('FeedList');
export const FeedCreatedSchema = z
  .object({
    added: z.array(FeedSchema),
    existing: z.array(FeedSchema).openapi({ description: 'feeds found that you were subscribed to already' }),
    candidates: z.array(z.object({ url: z.string(), title: z.string().nullable(), type: z.string().nullable() })).openapi({ description: 'every feed the site named' }),
    problems: z.array(z.object({ code: z.string(), message: z.string(), input: z.string().nullable() })).openapi({ description: 'feeds the site named that could not be read' }),
  })
  .openapi('FeedCreated');
export const FeedRemovedSchema = z.object({ removed: FeedSchema, deletedReadings: z.number().int() }).openapi('FeedRemoved');
export const FeedRefreshSchema = z.object({ feed: FeedSchema }).openapi('FeedRefreshQueued');

export const ImportBody = z.object({
  file: z.custom<File>((v) => v instanceof File && v.size > 0, 'a non-empty file').openapi({ type: 'string', format: 'binary', description: 'a reading-list CSV (Pocket, Instapaper, any CSV with a url column), a bookmarks or Pocket HTML export, or a JSONL file of items' }),
  category: z.string().max(200).optional().openapi({ description: 'the category of every reading the import adds (default: each item’s own, else its outlet)' }),
});

export const ImportStatusSchema = z.object({
  id: z.string(),
  file: z.string().openapi({ example: 'pocket.csv' }),
  state: z.enum(['running', 'done', 'stopped']).openapi({ description: 'stopped: the server shut down first; the import goes on from there when the server starts again' }),
  seen: z.number().int().openapi({ description: 'items read from the file so far; the total once listed is true' }),
  listed: z.boolean(),
  expected: z.number().int().openapi({ description: 'the items the file holds as counted before the import (its lines or links): the total to show until listed' }),
  added: z.number().int(),
  skipped: z.number().int().openapi({ description: 'already in the library' }),
  failed: z.number().int().openapi({ description: 'stored verbatim, extraction failed' }),
  rejected: z.number().int().openapi({ description: 'not stored: unreachable, refused, not an article, a bad line' }),
  failures: z.array(z.object({ label: z.string(), code: z.string(), message: z.string() })).openapi({ description: 'the first 50 failures and rejections, in order' }),
  readings: z.array(z.object({ id: z.string(), title: z.string().nullable() })).openapi({ description: 'the first 50 readings added' }),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
}).openapi('ImportStatus');

export const ImportIdParams = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });
