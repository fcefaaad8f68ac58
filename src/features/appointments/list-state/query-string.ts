/**
 * Reading and writing the list's query string by hand, because list values are comma-separated
 * (`status=pending,confirmed`) and an id may itself contain an encoded comma: the raw string is split on
 * literal commas first, then each item is decoded. `URLSearchParams` would decode first and lose that.
 */

/** A decoded value, or null when its percent-encoding is broken (the parser reports it as garbage). */
export type Decoded = string | null;

function decode(raw: string): Decoded {
  try {
    // `+` means space in form-encoded queries (what a browser search form would send).
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Raw (still encoded) values by decoded key; the first occurrence of a key wins, empty values are absent. */
export function rawParams(search: string): Map<string, string> {
  const out = new Map<string, string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    if (key === null || value === '' || out.has(key)) continue;
    out.set(key, value);
  }
  return out;
}

export function decodeScalar(raw: string | undefined): Decoded | undefined {
  return raw === undefined ? undefined : decode(raw);
}

export function decodeList(raw: string | undefined): Decoded[] | undefined {
  return raw === undefined ? undefined : raw.split(',').map(decode);
}

/** Percent-encodes a value but keeps `:`, `/` and `@` readable (legal in a query, RFC 3986 §3.4). */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%40/gi, '@');
}

/** `?k=v&...` from ordered pairs; '' when there are none. */
export function buildSearch(pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return '';
  return `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`;
}
