import { csrfField } from './csrf.js';
import { wordTable } from '../../domain/strings.js';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Plain words for the errors a sign-in page can show. */
export const LOGIN_ERRORS = wordTable<string>({
  invalid_credentials: 'Wrong user name or password.',
  rate_limited: 'Too many failed attempts. Wait a few minutes and try again.',
  invalid_argument: 'Fill in both the user name and the password.',
});

function frame(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escape(title)} · Readings</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body class="auth-page">
<main id="main" class="auth">
<h1>${escape(title)}</h1>
${body}
</main>
</body>
</html>`;
}

/** The built-in sign-in form (the pages may register a nicer GET /login; POST /login stays here). */
export function loginPage(csrfToken: string, options: { error?: string | null; next?: string | null; username?: string }): string {
  const error = options.error ? LOGIN_ERRORS[options.error] ?? 'Could not sign in.' : null;
  return frame('Sign in', `${error ? `<p class="notice notice-error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/login">
${csrfField(csrfToken)}
${options.next ? `<input type="hidden" name="next" value="${escape(options.next)}">` : ''}
<p><label for="username">User name</label><br><input id="username" name="username" autocomplete="username" required value="${escape(options.username ?? '')}"></p>
<p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>`);
}

/** The first-run form behind the one-time setup link. */
export function setupPage(csrfToken: string, action: string, error: string | null): string {
  return frame('Create the admin account', `<p>This is the first start of Readings: choose the administrator’s name and password. This link works once.</p>
${error ? `<p class="notice notice-error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="${escape(action)}">
${csrfField(csrfToken)}
<p><label for="username">User name</label><br><input id="username" name="username" autocomplete="username" required value="admin"></p>
<p><label for="password">Password (8 characters or more)</label><br><input id="password" name="password" type="password" autocomplete="new-password" minlength="8" required></p>
<p><button type="submit">Create and sign in</button></p>
</form>`);
}
