import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'readings_session';
export const CSRF_COOKIE = 'readings_csrf';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Cookies are `Secure` whenever the browser can keep them: over HTTPS (direct,
 * or behind a proxy that says so) and on loopback, which browsers treat as a
 * secure context. Plain HTTP to another host (a LAN address) gets no `Secure`
 * flag, or no browser would send the cookie back; `readings serve` warns.
 */
export function isSecureRequest(c: Context): boolean {
  const url = new URL(c.req.url);
  if (url.protocol === 'https:') return true;
  if (c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return LOOPBACK.test(url.hostname);
}

/** HttpOnly, SameSite=Lax, Path=/, Secure as above. */
export function setAppCookie(c: Context, name: string, value: string, maxAgeSeconds: number): void {
  setCookie(c, name, value, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isSecureRequest(c), maxAge: maxAgeSeconds });
}

export function clearAppCookie(c: Context, name: string): void {
  deleteCookie(c, name, { path: '/', secure: isSecureRequest(c), httpOnly: true, sameSite: 'Lax' });
}

export const readCookie = (c: Context, name: string): string | undefined => getCookie(c, name);
