// Rewrites provider links in a JSON body into same-origin proxy URLs, so the browser never sees or
// calls an upstream host and adapters can follow `next` links as they are:
// - Caspen's absolute `links.next` / `links.prev` (caspen.md, "Pagination");
// - Appointment.one's host-relative `links[].href` such as `/api/v1/appointment?page=2`
//   (appointment-one.md, "Common response conventions").
// Links are found wherever they sit in the body, in any object or array.

/** `proxyBase` is the provider's proxy prefix, e.g. `/api/providers/caspen`. */
export function rewriteLinks(body: unknown, apiUrl: string, proxyBase: string): unknown {
  const base = new URL(apiUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const underBase = (pathname: string) => pathname === basePath || pathname.startsWith(`${basePath}/`);
  const rewrite = (value: string, key: string | null): string => {
    if (/^https?:\/\//i.test(value)) {
      const url = tryUrl(value);
      if (url && url.origin === base.origin && underBase(url.pathname))
        return `${proxyBase}${url.pathname.slice(basePath.length)}${url.search}`;
      return value;
    }
    if (key === 'href' && value.startsWith('/') && !value.startsWith('//')) {
      const url = tryUrl(value, base.origin);
      if (url && underBase(url.pathname))
        return `${proxyBase}${url.pathname.slice(basePath.length)}${url.search}`;
    }
    return value;
  };
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return rewrite(value, key);
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(body, null);
}

function tryUrl(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}
