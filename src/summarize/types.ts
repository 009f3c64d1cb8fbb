/**
 * The shapes `summarize` takes and gives. Pure data: the service layer
 * stores and prints them.
 */
import type { NlpToolkit } from '../relate/nlp.js';
import type { DocumentAnalysis } from './analyze-document.js';

export interface SummarizeDeps {
  nlp: NlpToolkit;
}

/** One reading to summarize: `text` has its paragraphs separated by blank lines. */
export interface SummaryInput {
  title: string;
  text: string;
  publishedAt?: string | null;
  /** ISO 639-1: a language other than English is read by its words' stems. */
  language?: string | null;
  /** The reading already analysed (`analyzeDocument`), to skip parsing it again. */
  analysis?: DocumentAnalysis;
}

export interface SummaryOptions {
  /** Sentences at most (default 3). */
  sentences?: number;
  /** Words at most; a sentence that would pass it is left out (default: no bound). */
  maxWords?: number;
}

export interface SummarySentence {
  text: string;
  /** Paragraph number in the reading, from 0. */
  paragraph: number;
  /** Sentence number in the reading, from 0. */
  index: number;
}

/** Why a summary is empty. */
export type EmptyReason = 'no_sentences' | 'no_complete_sentences' | 'no_documents';

export interface ReadingSummary {
  sentences: SummarySentence[];
  reason?: EmptyReason;
}

/** One reading of a story. */
export interface StoryDocument {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  publishedAt: string | null;
  /** ISO 639-1: a language other than English is read by its words' stems. */
  language?: string | null;
  analysis?: DocumentAnalysis;
}

export interface StorySummaryOptions {
  /** Words at most, headline excluded (default: the readings' median length, at most 80: storyBudget). */
  maxWords?: number;
  /** Sentences at most (default 5). */
  sentences?: number;
  /** Cosine similarity from which a sentence of another reading supports a summary sentence (default 0.3). */
  supportThreshold?: number;
  /** The story's title, when the library has given it one: the summary is headed by the reading whose headline it is, not another. */
  title?: string;
}

export interface SourceRef {
  id: string;
  outlet: string | null;
}

/** A sentence of another reading that says the same thing. */
export interface Support extends SourceRef {
  sentence: string;
  similarity: number;
}

export interface StorySentence {
  text: string;
  from: SourceRef & { index: number; paragraph: number };
  /** The readings that say it, its own reading first (similarity 1). */
  supportedBy: Support[];
  /** Share of the story's outlets that support it, 0..1. */
  agreement: number;
}

export interface StorySummary {
  /** The headline that best says what the story is about, with its support. */
  headline: StorySentence | null;
  sentences: StorySentence[];
  /** Outlets in the story (distinct, readings without an outlet count by id). */
  outlets: number;
  reason?: EmptyReason;
  /** Set when the story has one reading: the summary is that reading's. */
  single?: boolean;
}
