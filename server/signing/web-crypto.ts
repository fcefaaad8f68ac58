// Pure Web Crypto helpers: the same code runs in Node, workerd and the sandbox.
const encoder = new TextEncoder();

function toBytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  // Copied into a fresh buffer: the Workers types widen encode()'s buffer to ArrayBufferLike.
  return typeof data === 'string' ? new Uint8Array(encoder.encode(data)) : new Uint8Array(data);
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Lowercase hex SHA-256 of a string (UTF-8) or bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', toBytes(data)));
}

/** Lowercase hex HMAC-SHA256 keyed with the UTF-8 bytes of `secret`. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    toBytes(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return toHex(await crypto.subtle.sign('HMAC', key, toBytes(message)));
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
