// Pure Web Crypto helpers: the same code runs in Node, workerd and the sandbox.
const encoder = new TextEncoder();

function toBytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  // Copied into a fresh buffer: the Workers types widen encode()'s buffer to ArrayBufferLike.
  return typeof data === 'string' ? new Uint8Array(encoder.encode(data)) : new Uint8Array(data);
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function toHex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += HEX[byte];
  return out;
}

/** Lowercase hex SHA-256 of a string (UTF-8) or bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', toBytes(data)));
}

// Imported keys by secret: importing one per request was a fifth of the signing time. A process holds
// a handful of secrets (one per configured provider; the sandbox's own), so the map stays tiny; the
// bound only guards against a caller that signs with ever-new secrets.
const keys = new Map<string, Promise<CryptoKey>>();
const MAX_KEYS = 16;

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = crypto.subtle.importKey('raw', toBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    // A failed import is not kept: the next call tries again.
    key.catch(() => keys.delete(secret));
    keys.set(secret, key);
  }
  return key;
}

/** Lowercase hex HMAC-SHA256 keyed with the UTF-8 bytes of `secret`. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  return toHex(await crypto.subtle.sign('HMAC', await hmacKey(secret), toBytes(message)));
}

/**
 * Compares two strings in time that depends only on their lengths, so a verifier does not leak
 * how many leading characters of a guessed signature were right.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const left = toBytes(a);
  const right = toBytes(b);
  let diff = left.length ^ right.length;
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i += 1) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}
