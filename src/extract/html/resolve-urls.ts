/**
 * Make the article's link and image URLs absolute against the page URL, so
 * the sanitizer (which keeps absolute http(s) URLs only) does not lose them.
 * Lazy-loaded images get their real source from data-src and the like.
 */
export function resolveUrls(root: Element, base: string | null): void {
  for (const a of root.getElementsByTagName('a')) {
    const href = a.getAttribute('href');
    if (href) setResolved(a, 'href', href, base);
  }
  for (const img of root.getElementsByTagName('img')) {
    const src = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('data-original') ?? img.getAttribute('src');
    if (src) setResolved(img, 'src', src, base);
  }
}

function setResolved(el: Element, attr: string, value: string, base: string | null): void {
  const v = value.trim();
  if (/^https?:\/\//i.test(v)) {
    if (v !== value) el.setAttribute(attr, v);
    return;
  }
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(v)) {
    el.removeAttribute(attr);
    return;
  }
  try {
    el.setAttribute(attr, new URL(v, base).toString());
  } catch {
    el.removeAttribute(attr);
  }
}
