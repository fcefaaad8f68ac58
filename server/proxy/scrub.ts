// Removes every configured credential from what the proxy sends back, whatever an upstream echoed.
// Scrubbing comes before any truncation: cutting first could leave part of a secret that no longer
// matches it whole.
import { utf8Text } from './body-limit.ts';
import { configuredSecrets, type ProxyConfig } from './config.ts';

export const REDACTED = '[redacted]';
// Shorter values would shred ordinary text; real credentials are far longer.
const MIN_REDACTED_LENGTH = 4;

export type Scrub = (text: string) => string;
/** The same for a UTF-8 body: the very bytes back when no secret is in them (the usual case). */
export type ScrubBytes = (bytes: Uint8Array) => Uint8Array;

export function createScrubber(secrets: readonly string[]): Scrub {
  const forms = secretForms(secrets);
  return (text) =>
    forms.reduce((out, secret) => (out.includes(secret) ? out.split(secret).join(REDACTED) : out), text);
}

/**
 * Scrubs a body without decoding it: decoding a list page to a string and encoding it again for the
 * socket was a third of the proxy's CPU per request. A secret is in the decoded text exactly when its
 * UTF-8 bytes are in the body (a character other than U+FFFD only comes from its own bytes), so the
 * rare body that holds one is decoded and scrubbed as text.
 */
export function createByteScrubber(secrets: readonly string[]): ScrubBytes {
  const scrub = createScrubber(secrets);
  const encoder = new TextEncoder();
  const forms = secretForms(secrets);
  const finders = forms.map((form) => byteFinder(encoder.encode(form)));
  // A secret holding U+FFFD could match text that invalid bytes decoded to: scrub such text always.
  if (forms.some((form) => form.includes('\uFFFD'))) return (bytes) => encoder.encode(scrub(utf8Text(bytes)));
  return (bytes) => (finders.some((found) => found(bytes)) ? encoder.encode(scrub(utf8Text(bytes))) : bytes);
}

/** Whether `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return byteFinder(needle)(haystack);
}

/**
 * A search for one needle, prepared once (Boyer-Moore-Horspool): it steps by up to the needle's length,
 * so a list page is scanned for a 30-byte secret in about a thirtieth of its bytes.
 */
function byteFinder(needle: Uint8Array): (haystack: Uint8Array) => boolean {
  const n = needle.length;
  const lastByte = needle[n - 1];
  if (lastByte === undefined) return () => true;
  const shift = new Uint32Array(256).fill(n);
  for (let i = 0; i < n - 1; i += 1) shift[needle[i]!] = n - 1 - i;
  return (haystack) => {
    for (let at = 0; at <= haystack.length - n;) {
      const byte = haystack[at + n - 1]!;
      if (byte === lastByte) {
        let i = n - 2;
        while (i >= 0 && haystack[at + i] === needle[i]) i -= 1;
        if (i < 0) return true;
      }
      at += shift[byte]!;
    }
    return false;
  };
}

const byConfig = new WeakMap<ProxyConfig, Scrub>();

/** The scrubber for a configuration's credentials, built once per configuration. */
export function scrubberFor(config: ProxyConfig): Scrub {
  let scrub = byConfig.get(config);
  if (scrub === undefined) {
    scrub = createScrubber(configuredSecrets(config));
    byConfig.set(config, scrub);
  }
  return scrub;
}

/** Each secret as it could appear in a JSON text: raw, JSON-escaped and percent-encoded. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = secrets
    .filter((s) => s.length >= MIN_REDACTED_LENGTH)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]);
  // Longest first, so a secret containing another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
