import { generateOpml, parseOpml } from 'feedsmith';
import { ReadingsError } from '../domain/errors.js';
import { plainTitle } from './text.js';
import { absoluteUrl } from './urls.js';

/** One subscription of an OPML file. */
export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  /** The folder the feed sits in (the innermost one), else its `category` attribute, else null. */
  category: string | null;
}

export interface OpmlProblem {
  /** Where in the file: the outline's text, or its position. */
  where: string;
  message: string;
}

interface Outline {
  text?: string;
  title?: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  category?: string;
  outlines?: Outline[];
}

/** "/News/World,/Tech" -> "World": the last folder of the first category path. */
function categoryAttribute(raw: string | undefined): string | null {
  const first = raw?.split(',')[0]?.trim();
  if (!first) return null;
  const parts = first.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? null;
}

/**
 * The feeds an OPML subscription list holds: every outline with an `xmlUrl`, in
 * document order, folders becoming categories. Outlines whose URL is not http(s)
 * are reported as problems, not dropped silently. Throws `malformed_input` for a
 * file that is not OPML.
 */
export function readOpml(text: string, label: string): { feeds: OpmlFeed[]; problems: OpmlProblem[] } {
  let parsed: { body?: { outlines?: Outline[] } };
  try {
    parsed = parseOpml(text.replace(/^\uFEFF/, '').replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '')) as typeof parsed;
  } catch (error) {
    throw new ReadingsError('malformed_input', `not an OPML file (${(error as Error).message})`, label);
  }
  const feeds: OpmlFeed[] = [];
  const problems: OpmlProblem[] = [];
  let n = 0;
  const walk = (outlines: Outline[] | undefined, folder: string | null): void => {
    for (const o of outlines ?? []) {
      n++;
      const name = plainTitle(o.title ?? o.text);
      if (o.xmlUrl !== undefined) {
        const url = absoluteUrl(o.xmlUrl, null);
        if (!url) problems.push({ where: name ?? `outline ${n}`, message: `not an http(s) feed URL: "${o.xmlUrl}"` });
        else feeds.push({ url, title: name, siteUrl: absoluteUrl(o.htmlUrl, null), category: folder ?? categoryAttribute(o.category) });
      }
      if (o.outlines?.length) walk(o.outlines, o.xmlUrl === undefined ? name ?? folder : folder);
    }
  };
  walk(parsed.body?.outlines, null);
  return { feeds, problems };
}

/** What an exported subscription needs. */
export interface ExportFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  category: string | null;
}

/**
 * An OPML 2.0 subscription list (one folder per category, `type="rss"` outlines with
 * `text`, `title`, `xmlUrl` and `htmlUrl`), the shape Miniflux, FreshRSS and
 * NetNewsWire import.
 */
export function writeOpml(feeds: readonly ExportFeed[], now: Date = new Date()): string {
  const outline = (f: ExportFeed): Outline => {
    const name = f.title ?? f.url;
    return { type: 'rss', text: name, title: name, xmlUrl: f.url, ...(f.siteUrl ? { htmlUrl: f.siteUrl } : {}) };
  };
  const folders = new Map<string, ExportFeed[]>();
  const loose: ExportFeed[] = [];
  for (const f of feeds) {
    if (f.category) folders.set(f.category, [...(folders.get(f.category) ?? []), f]);
    else loose.push(f);
  }
  const outlines: Outline[] = [
    ...[...folders].map(([name, list]) => ({ text: name, title: name, outlines: list.map(outline) })),
    ...loose.map(outline),
  ];
  return generateOpml({ head: { title: 'Readings subscriptions', dateCreated: now }, body: { outlines } } as Parameters<typeof generateOpml>[0]);
}
