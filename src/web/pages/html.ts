/**
 * The one escaping helper of the web pages. Every view builds its markup
 * with the `html` tagged template: interpolated values are escaped unless
 * they are already `Html` (the output of another `html` call, or `trusted`
 * markup such as sanitized article HTML). Arrays are joined; null, undefined
 * and false render as nothing.
 *
 * @example
 *   html`<a href="${url}">${title}</a>`   // url and title escaped
 */
import { escapeHtml } from '../../domain/strings.js';

export { escapeHtml };

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Child = Html | string | number | null | undefined | false | readonly Child[];


function render(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Html) return child.value;
  if (Array.isArray(child)) return child.map(render).join('');
  return escapeHtml(String(child));
}

export function html(strings: TemplateStringsArray, ...values: Child[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/**
 * Markup that is safe by construction, and only that: sanitized article
 * HTML, or text the store escaped itself. Never pass user input here.
 */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * A search snippet from the store: already escaped, with matches in
 * <mark>…</mark>. Any other tag is escaped again, so a store bug cannot
 * become markup.
 */
export function snippetHtml(snippet: string): Html {
  return new Html(snippet.replace(/<(?!\/?mark>)/g, '&lt;'));
}

/** Joins children with a separator. */
export function join(items: readonly Child[], separator: Child): Html {
  const out: Child[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(separator);
    out.push(item);
  });
  return html`${out}`;
}
