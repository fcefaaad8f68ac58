// The one header policy for the site (the built app): the Node server, the Worker and `vite preview`
// all apply it from here, so the three cannot drift apart.

/** CSP: scripts only from this origin; inline styles allowed for libraries that set style attributes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Browser features the dashboard never uses, switched off for it and anything it might embed. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'display-capture=()',
  'interest-cohort=()',
].join(', ');

/** On every site response, whatever its type. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // Two years, as the HSTS preload list asks; browsers ignore it over plain http (loopback).
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'permissions-policy': PERMISSIONS_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

// Vite puts content-hashed bundles under /assets/: a new build gets new names, so they never go stale.
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML (and every file without a hashed name) is revalidated on each load, so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

/** Cache-Control for a successful site response at `path`. */
export function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

/** The policy for one site response: the security headers, plus Cache-Control when it succeeded. */
export function siteHeaders(path: string, ok: boolean): Record<string, string> {
  return ok ? { ...SECURITY_HEADERS, 'cache-control': cacheControlFor(path) } : { ...SECURITY_HEADERS };
}

/**
 * Build files that exist in dist/ but are not for the public: source maps (built `hidden`, kept for
 * error tracking) and hosting configuration files.
 */
export function isPrivateBuildFile(path: string): boolean {
  const last = decodedPath(path).split('/').pop() ?? '';
  return (
    /\.map$/i.test(last) || /^_(headers|redirects|routes\.json)$/i.test(last) || last === '.assetsignore'
  );
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
