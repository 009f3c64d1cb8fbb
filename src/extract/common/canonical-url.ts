/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gclsrc', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid',
  'ref', 'ref_src', 'ref_url', 'cmpid', 'cmp', 'ncid', 'ocid', 'mbid', 'sr_share', 'smid',
  'smtyp', 'spm', 'share', 'soc_src', 'soc_trk', 'trk', 'at_medium', 'at_campaign',
  '__twitter_impression', '_ga', '_gl', 'hss_channel', 'wt_mc', 'wt.mc_id', 'cid', 'icid',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'vero_', 'oly_', 'rb_clickid'];

/**
 * The stable identity of a URL: http(s) only, host lower-cased, default port,
 * fragment and tracking parameters removed, remaining parameters sorted.
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function canonicalizeUrl(input: string | null | undefined, base?: string | null): string | null {
  if (!input) return null;
  let url: URL;
  try {
    url = base ? new URL(input.trim(), base) : new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Each setter parses the URL again: only what is there is cleared (an empty "#" or "?" too).
  if (url.href.includes('#')) url.hash = '';
  if (url.username) url.username = '';
  if (url.password) url.password = '';
  if (!url.href.includes('?')) return url.href;
  const kept = [...url.searchParams.entries()].filter(([key]) => !isTracking(key));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  return url.toString();
}

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_PARAMS.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
}
