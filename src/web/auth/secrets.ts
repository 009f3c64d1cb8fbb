import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: session ids, API tokens, setup links. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** How a high-entropy secret is stored: its SHA-256 (no salt or stretching needed at 256 bits). */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const hmac = (key: string, value: string): string => createHmac('sha256', key).update(value).digest('base64url');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
