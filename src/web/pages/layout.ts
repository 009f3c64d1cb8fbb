import { html, type Child, type Html } from './html.js';
import { assetUrl } from './static.js';

export type Section = 'library' | 'stories' | 'feeds' | 'add' | 'stats' | null;

/** What every page's frame needs to know about the request. */
export interface Frame {
  /** The signed-in user's name, when there is one. */
  userName: string | null;
  csrfToken: string | null;
  /** The nav entry to mark as current. */
  section: Section;
}

export interface PageOptions {
  title: string;
  /** Extra class on <body>, for page-specific layout. */
  bodyClass?: string;
  /** Reload the page after this many seconds (a page that follows work in progress). */
  refreshSeconds?: number;
}

const NAV: { section: Exclude<Section, null>; href: string; label: string }[] = [
  { section: 'library', href: '/', label: 'Library' },
  { section: 'stories', href: '/stories', label: 'Stories' },
  { section: 'feeds', href: '/feeds', label: 'Feeds' },
  { section: 'add', href: '/add', label: 'Add' },
  { section: 'stats', href: '/stats', label: 'Stats' },
];

function nav(frame: Frame): Html {
  return html`<nav class="site-nav" aria-label="Main">
    <ul>${NAV.map((n) => html`<li><a href="${n.href}"${n.section === frame.section ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul>
  </nav>`;
}

function account(frame: Frame): Html | null {
  if (!frame.userName) return null;
  return html`<form class="account" method="post" action="/logout">
    <span class="account-name">${frame.userName}</span>
    ${frame.csrfToken ? html`<input type="hidden" name="_csrf" value="${frame.csrfToken}">` : ''}
    <button type="submit" class="link-button">Log out</button>
  </form>`;
}

/** The page frame: skip link, header with the main nav, main landmark, footer. */
export function page(frame: Frame, options: PageOptions, body: Child): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${options.title} · Readings</title>
${options.refreshSeconds ? html`<meta http-equiv="refresh" content="${options.refreshSeconds}">` : ''}
<link rel="stylesheet" href="${assetUrl('app.css')}">
<link rel="icon" href="${assetUrl('icon.svg')}" type="image/svg+xml">
<script type="module" src="${assetUrl('app.js')}"></script>
</head>
<body class="${options.bodyClass ?? ''}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="/">Readings</a>
  ${nav(frame)}
  ${account(frame)}
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site-footer"><p>Readings — your library, on your server.</p></footer>
</body>
</html>`;
}
