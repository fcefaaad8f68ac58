// Rewrites provider links in a JSON body into same-origin proxy URLs, so the browser never sees or
// calls an upstream host and adapters can follow `next` links as they are: absolute URLs under the
// upstream base (paging links such as `links.next`) and host-relative `href`s such as
// `/api/v1/appointment?page=2` (HATEOAS link lists). A manifest's `linksInBodies` says which providers
// send them. Links are found wherever they sit in the body, in any object or array.

/**
 * Cheap pre-check on the raw text: a body that names neither the upstream host nor an `href` has no
 * link to rewrite, so it can go back as received (no parse-walk, no re-serialise).
 */
export function mayContainLinks(text: string, apiUrl: string): boolean {
  return text.includes('"href"') || hostPattern(apiUrl).test(text);
}

// One pattern per configured base URL, not one per response.
const hostPatterns = new Map<string, RegExp>();

function hostPattern(apiUrl: string): RegExp {
  let pattern = hostPatterns.get(apiUrl);
  if (pattern === undefined) {
    pattern = new RegExp(new URL(apiUrl).host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    hostPatterns.set(apiUrl, pattern);
  }
  return pattern;
}

/** `proxyBase` is the provider's proxy prefix, e.g. `/api/providers/<provider>`. */
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
  // In place: the body was parsed for this response alone, and copying every object of a 100-item page
  // per request was the proxy's largest cost.
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return rewrite(value, key);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) value[i] = walk(value[i], key);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // Assigning `__proto__` would set the prototype instead of the data property JSON.parse made.
      for (const k of Object.keys(record)) if (k !== '__proto__') record[k] = walk(record[k], k);
    }
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
