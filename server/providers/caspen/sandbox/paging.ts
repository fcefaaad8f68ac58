// Caspen cursor paging (caspen.md, "Pagination (cursor)"): `limit` 1-100 (default 10), an opaque
// `cursor`, and `links.prev` / `links.next` as fully qualified URLs or null. No totals.

export const CASPEN_DEFAULT_LIMIT = 10;
export const CASPEN_MAX_LIMIT = 100;

export interface CaspenPage<T> {
  data: T[];
  links: { prev: string | null; next: string | null };
}

export type PageRequest =
  { ok: true; offset: number; limit: number } | { ok: false; field: 'limit' | 'cursor'; message: string };

/** base64url of `{"type":"cursor","offset":N}`; opaque to clients, who follow the links verbatim. */
export function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ type: 'cursor', offset }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function decodeCursor(cursor: string): number | null {
  try {
    const value: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    const offset = (value as { type?: unknown; offset?: unknown } | null)?.offset;
    const type = (value as { type?: unknown } | null)?.type;
    return type === 'cursor' && Number.isSafeInteger(offset) && (offset as number) >= 0
      ? (offset as number)
      : null;
  } catch {
    return null;
  }
}

export function parsePageRequest(limit: string | undefined, cursor: string | undefined): PageRequest {
  const n = limit === undefined ? CASPEN_DEFAULT_LIMIT : /^\d+$/.test(limit) ? Number(limit) : NaN;
  if (!(n >= 1 && n <= CASPEN_MAX_LIMIT)) {
    return {
      ok: false,
      field: 'limit',
      message: `The limit field must be between 1 and ${CASPEN_MAX_LIMIT}.`,
    };
  }
  const offset = cursor === undefined || cursor === '' ? 0 : decodeCursor(cursor);
  if (offset === null) return { ok: false, field: 'cursor', message: 'The cursor field is invalid.' };
  return { ok: true, offset, limit: n };
}

/** One page; the links are built from the request's own origin and path, as Caspen returns absolute URLs. */
export function caspenPage<T>(
  items: readonly T[],
  requestUrl: string,
  offset: number,
  limit: number,
): CaspenPage<T> {
  const link = (at: number) => {
    const url = new URL(requestUrl);
    url.search = '';
    url.searchParams.set('cursor', encodeCursor(at));
    url.searchParams.set('limit', String(limit));
    return url.toString();
  };
  return {
    data: items.slice(offset, offset + limit),
    links: {
      prev: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      next: offset + limit < items.length ? link(offset + limit) : null,
    },
  };
}
