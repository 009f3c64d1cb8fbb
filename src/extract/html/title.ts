/** Separators sites put between an article title and their own name. */
const SEPARATOR_RE = /\s+[|\-–—:·•»/\\]\s+|\s+::\s+/;

/**
 * Strip a site name from a page title: "Troops leave | Press TV" -> "Troops leave".
 * A segment is stripped when it names the outlet, or when it is a short last
 * (or first) segment beside a much longer one.
 */
export function cleanTitle(title: string, outlet: string | null): string {
  const t = title.trim();
  const parts = t.split(SEPARATOR_RE);
  if (parts.length < 2) return t;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const site = outlet ? norm(outlet) : null;
  const seps = [...t.matchAll(new RegExp(SEPARATOR_RE.source, 'g'))];
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const isSite = (s: string) => site !== null && (norm(s) === site || (norm(s).length > 2 && (site.includes(norm(s)) || norm(s).includes(site))));
  if (isSite(last)) return t.slice(0, seps[seps.length - 1]!.index).trim();
  if (isSite(first)) return t.slice(seps[0]!.index! + seps[0]![0].length).trim();
  const words = (s: string) => s.split(/\s+/).length;
  const head = t.slice(0, seps[seps.length - 1]!.index).trim();
  if (words(last) <= 4 && words(head) >= 3 && words(head) >= 2 * words(last)) return head;
  return t;
}
