/**
 * Article metadata from a page's JSON-LD blocks (schema.org). Only the fields
 * extraction needs; anything malformed is skipped, never thrown.
 */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  inLanguage: string | null;
  /** The article's text as the page gives it to search engines (plain text, or HTML on some sites). */
  articleBody: string | null;
}

const ARTICLE_TYPE_RE = /Article|Posting|Report|NewsArticle|BlogPosting|WebPage|Story/;

type Json = unknown;

export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  const nodes: Record<string, Json>[] = [];
  for (const block of blocks) {
    let data: Json;
    try {
      data = JSON.parse(block);
    } catch {
      try {
        // Some sites leave raw newlines or a trailing comma in their JSON-LD.
        data = JSON.parse(block.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
      } catch {
        continue;
      }
    }
    collectNodes(data, nodes, 0);
  }
  const typed = nodes.map((n) => ({ node: n, rank: typeRank(n['@type']) })).filter((x) => x.rank > 0);
  if (typed.length === 0) return null;
  typed.sort((a, b) => b.rank - a.rank);
  const best = typed[0]!.node;
  const publisherNode = nodes.find((n) => typeRank(n['@type']) === 0 && /Organization|NewsMediaOrganization/.test(typeString(n['@type'])));
  // A field the article node lacks may sit on another node (a ClaimReview, a WebPage).
  const anyNode = <T>(read: (n: Record<string, Json>) => T | null): T | null => {
    const own = read(best);
    if (own !== null) return own;
    for (const n of nodes) {
      const v = read(n);
      if (v !== null) return v;
    }
    return null;
  };
  return {
    headline: str(best['headline']) ?? str(best['name']),
    datePublished: anyNode((n) => str(n['datePublished']) ?? str(n['dateCreated'])),
    authors: anyNode((n) => {
      const a = names(n['author']);
      return a.length ? a : null;
    }) ?? [],
    publisher: names(best['publisher'])[0] ?? (publisherNode ? str(publisherNode['name']) : null),
    url: str(best['url']) ?? idUrl(best['mainEntityOfPage']),
    inLanguage: str(best['inLanguage']),
    articleBody: longestBody(typed.map((t) => t.node)),
  };
}

/** An article split over several nodes (or given twice, once cut) is read from its longest telling. */
function longestBody(nodes: readonly Record<string, Json>[]): string | null {
  let best: string | null = null;
  for (const n of nodes) {
    const body = str(n['articleBody']);
    if (body && body.length > (best?.length ?? 0)) best = body;
  }
  return best;
}

function collectNodes(data: Json, out: Record<string, Json>[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collectNodes(d, out, depth + 1);
    return;
  }
  const obj = data as Record<string, Json>;
  if ('@type' in obj) out.push(obj);
  if (Array.isArray(obj['@graph'])) collectNodes(obj['@graph'], out, depth + 1);
}

function typeString(t: Json): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.filter((x) => typeof x === 'string').join(' ');
  return '';
}

/** 3 for news/blog articles, 2 for other articles, 1 for a plain WebPage, 0 for the rest. */
function typeRank(t: Json): number {
  const s = typeString(t);
  if (!ARTICLE_TYPE_RE.test(s)) return 0;
  if (/NewsArticle|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle/.test(s)) return 3;
  if (/Article|Posting|Report|Story/.test(s)) return 2;
  return 1;
}

function str(v: Json): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t ? t : null;
  }
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function names(v: Json): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'string') return str(v) ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x));
  if (typeof v === 'object') {
    const n = str((v as Record<string, Json>)['name']);
    return n ? [n] : [];
  }
  return [];
}

function idUrl(v: Json): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, Json>;
    return str(o['@id']) ?? str(o['url']);
  }
  return null;
}
