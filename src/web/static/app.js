/* global document, HTMLElement */
// Progressive enhancement only: every page works without this file.
// Keyboard shortcuts: "/" focuses the search box; "j" / "k" move between
// the readings of a list; Enter opens the one in focus (it is a link).
const typing = (el) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

function itemLinks() {
  return [...document.querySelectorAll('.items .item-title a')];
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  if (event.key === '/') {
    const search = document.getElementById('q');
    if (search) {
      event.preventDefault();
      search.focus();
      search.select();
    }
    return;
  }
  if (event.key === 'j' || event.key === 'k') {
    const links = itemLinks();
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement);
    const next = event.key === 'j' ? Math.min(links.length - 1, at + 1) : Math.max(0, at === -1 ? 0 : at - 1);
    event.preventDefault();
    links[next].focus();
    links[next].scrollIntoView({ block: 'nearest' });
  }
});
