import { createHash } from 'node:crypto';
import type { Reading } from '../domain/types.js';
import { compareStory, outletReadings, silentOutlets, type OutletReadings } from '../compare/compare-story.js';
import { firstClaims, type ListedReport } from '../compare/first-claims.js';
import type { ClaimGroup, CompareReport } from '../compare/types.js';
import { createNlp, type NlpToolkit } from '../relate/nlp.js';
import type { ChatProvider } from '../summarize/llm/chat-provider.js';
import { summarizeStoryWithLlm, type LlmStorySummary } from '../summarize/llm/summarize-with-llm.js';
import { summarizeReading } from '../summarize/summarize-reading.js';
import { summarizeStory } from '../summarize/summarize-story.js';
import type { ReadingSummary, StoryDocument, StorySummary } from '../summarize/types.js';
import type { Storage } from '../store/storage.js';
import { requireReading } from './library.js';
import { requireStory, storyMembers } from './stories.js';

/** The language model, loaded on first use (it takes a moment), once per process. */
let sharedNlp: NlpToolkit | null = null;
export const nlp = (): NlpToolkit => (sharedNlp ??= createNlp());

export const DEFAULT_SUMMARY_SENTENCES = 3;

/**
 * The version of the summarizing and comparing code: part of every cache
 * version, so that an upgrade recomputes what an older release cached.
 * Raise it when their output changes.
 */
const DERIVED_VERSION = 75;
const versioned = (version: string): string => `v${DERIVED_VERSION}:${version}`;

export function toStoryDocument(r: Reading): StoryDocument {
  return { id: r.id, title: r.title, text: r.text, outlet: r.outlet, publishedAt: r.publishedAt, language: r.language };
}

/** A reading's extractive summary, cached until the reading changes. */
export function readingSummary(storage: Storage, id: string, sentences = DEFAULT_SUMMARY_SENTENCES): { reading: Reading; summary: ReadingSummary } {
  const reading = requireReading(storage.readings, id);
  const subject = `reading:${reading.id}:${sentences}`;
  const cached = storage.cache.get<ReadingSummary>(subject, versioned(reading.updatedAt));
  if (cached) return { reading, summary: cached };
  const summary = reading.extractionStatus === 'failed'
    ? { sentences: [], reason: 'no_sentences' as const }
    : summarizeReading({ title: reading.title, text: reading.text, publishedAt: reading.publishedAt, language: reading.language }, { sentences }, { nlp: nlp() });
  storage.cache.put(subject, versioned(reading.updatedAt), summary, reading.id);
  return { reading, summary };
}

/** What a story's derived results depend on: its members and their versions. */
function storyVersion(members: readonly Reading[]): string {
  const h = createHash('sha256');
  for (const r of [...members].sort((a, b) => a.id.localeCompare(b.id))) h.update(`${r.id}@${r.updatedAt};`);
  return h.digest('hex');
}

function usableMembers(storage: Storage, storyId: string): Reading[] {
  return storyMembers(storage, storyId).map((m) => m.reading).filter((r) => r.extractionStatus === 'ok');
}

/** A story's multi-document summary, every sentence with the outlets that support it; cached per member set. */
export function storySummary(storage: Storage, storyId: string): { storyId: string; summary: StorySummary } {
  const story = requireStory(storage, storyId);
  const members = usableMembers(storage, story.id);
  const version = versioned(`${storyVersion(members)}:${story.title}`);
  const cached = storage.cache.get<StorySummary>(`story:${story.id}`, version);
  if (cached) return { storyId: story.id, summary: cached };
  // Headed by the story's title, so that the story's page and its summary name it alike.
  const summary = summarizeStory(members.map(toStoryDocument), { title: story.title }, { nlp: nlp() });
  storage.cache.put(`story:${story.id}`, version, summary);
  return { storyId: story.id, summary };
}

/** The story's summary written by a chat model, checked against the readings; falls back to the extractive one. */
export async function storySummaryWithLlm(storage: Storage, storyId: string, provider: ChatProvider, timeoutMs: number): Promise<LlmStorySummary> {
  const story = requireStory(storage, storyId);
  const members = usableMembers(storage, story.id);
  return summarizeStoryWithLlm(members.map(toStoryDocument), provider, { timeoutMs }, { nlp: nlp() });
}

/** A story's corroboration report as cached: without the silent outlets of each claim, and the story's outlets to make them from. */
interface CachedComparison {
  report: CompareReport;
  outlets: OutletReadings;
}

/**
 * The corroboration report of a story, cached per member set, each claim's
 * `silent` left empty: `silentOf` makes it for the claims a caller shows.
 */
export function storyComparison(storage: Storage, storyId: string): { storyId: string; report: CompareReport; silentOf: (claim: ClaimGroup) => OutletReadings } {
  const story = requireStory(storage, storyId);
  const members = usableMembers(storage, story.id);
  const version = versioned(storyVersion(members));
  let cached = storage.cache.get<CachedComparison>(`compare:${story.id}`, version);
  if (!cached) {
    const docs = members.map(toStoryDocument);
    cached = { report: compareStory(docs, { nlp: nlp() }, { silent: false }), outlets: outletReadings(docs) };
    storage.cache.put(`compare:${story.id}`, version, cached);
  }
  return { storyId: story.id, report: cached.report, silentOf: silentOutlets(cached.outlets, cached.report.claims) };
}

/** The report with each list cut to its first `limit` claims (first-claims.ts), their silent outlets filled in. */
export function listedComparison(storage: Storage, storyId: string, limit = Infinity): { storyId: string; report: ListedReport } {
  const { storyId: id, report, silentOf } = storyComparison(storage, storyId);
  const listed = firstClaims(report, limit);
  const fill = (claims: ClaimGroup[]): ClaimGroup[] => claims.map((c) => ({ ...c, silent: silentOf(c) }));
  return { storyId: id, report: { ...listed, claims: fill(listed.claims), differences: fill(listed.differences), singleOutlet: fill(listed.singleOutlet) } };
}
