import type { Block } from './blocks.js';

/** Measurements of one block that the clutter rules look at. */
export interface BlockFeatures {
  chars: number;
  words: number;
  /** Share of the text inside links, 0..1. */
  linkDensity: number;
  /** Ends like a sentence: . ! ? … or a closing quote after one, or CJK full stops. */
  sentenceEnd: boolean;
  /** Count of sentence ends inside the text. */
  sentences: number;
  heading: boolean;
  inListItem: boolean;
  inCaption: boolean;
  inQuote: boolean;
  inTable: boolean;
  /** Inside a <header>, <nav>, <aside> or <footer> below the article root. */
  inChrome: boolean;
  /** class/id words of the ancestors below Readability's wrapper and the top candidate. */
  localHints: string;
  /** The whole text is one URL or e-mail address. */
  isAddress: boolean;
}

const SENTENCE_END_RE = /[.!?…。！？؟।]["'”’»)\]]*$/u;
const SENTENCE_SPLIT_RE = /[.!?…。！？؟।]["'”’»)\]]*(?:\s|$)/gu;
const CAPTION_HINT_RE = /caption|credit|image-?desc|photo-?desc|media-?desc|img-?desc/;
const ADDRESS_RE = /^(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+)$/i;
const CHROME = new Set(['header', 'nav', 'aside', 'footer']);

export function measure(block: Block): BlockFeatures {
  const chars = block.text.length;
  const words = block.text.split(' ').length;
  const path = block.path;
  const localHints = block.hints.slice(2).join(' ').trim();
  return {
    chars,
    words,
    linkDensity: chars ? Math.min(1, block.linkChars / chars) : 0,
    sentenceEnd: SENTENCE_END_RE.test(block.text),
    sentences: (block.text.match(SENTENCE_SPLIT_RE) ?? []).length,
    heading: /^h[1-6]$/.test(block.tag),
    inListItem: path.includes('li'),
    inCaption: path.includes('figcaption') || path.includes('figure') || CAPTION_HINT_RE.test(localHints),
    inQuote: path.includes('blockquote'),
    inTable: path.includes('tr'),
    inChrome: path.some((t, i) => i >= 1 && CHROME.has(t)),
    localHints,
    isAddress: ADDRESS_RE.test(block.text),
  };
}
