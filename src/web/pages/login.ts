import { notice } from './components.js';
import { html, type Html } from './html.js';
import { renderPage, type PagesApp } from './respond.js';
import { wordTable } from '../../domain/strings.js';

const ERRORS = wordTable<string>({
  invalid_credentials: 'That user name and password do not match.',
  rate_limited: 'Too many attempts. Wait a minute, then try again.',
});

/** A local path to go back to after signing in; anything else becomes "/". */
export function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function loginView(csrfToken: string | null, next: string, error: string | null): Html {
  return html`<div class="login">
  <form class="panel login-form" method="post" action="/login" aria-labelledby="login-h">
    <h1 id="login-h">Sign in</h1>
    ${error ? notice('error', error) : ''}
    ${csrfToken ? html`<input type="hidden" name="_csrf" value="${csrfToken}">` : ''}
    <input type="hidden" name="next" value="${next}">
    <p class="field"><label for="username">User name</label><input id="username" name="username" autocomplete="username" required autofocus></p>
    <p class="field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
    <p><button type="submit">Sign in</button></p>
  </form>
</div>`;
}

/** The sign-in form (the core handles POST /login). */
export function registerLogin(app: PagesApp): void {
  app.get('/login', (c) => {
    const error = ERRORS[c.req.query('error') ?? ''] ?? null;
    return renderPage(c, null, 'Sign in', loginView(c.var.csrfToken ?? null, safeNext(c.req.query('next')), error));
  });
}
