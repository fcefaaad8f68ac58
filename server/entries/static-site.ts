// What `npm start` serves: the proxy on /api, the built app from dist/ with an SPA fallback, the
// caching Vite's hashed file names allow, and strict security headers on HTML.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

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

export const HTML_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-cache',
};

// Vite puts content-hashed bundles under /assets/: a new build gets new names, so they never go stale.
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function createSiteApp(options: { proxy: Hono; distDir: string }): Hono {
  const app = new Hono();
  app.all('/api', (c) => options.proxy.fetch(c.req.raw));
  app.all('/api/*', (c) => options.proxy.fetch(c.req.raw));

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    if (c.res.headers.get('content-type')?.startsWith('text/html'))
      for (const [name, value] of Object.entries(HTML_HEADERS)) c.res.headers.set(name, value);
    else if (c.res.ok)
      c.res.headers.set('cache-control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
  });

  app.use('*', serveStatic({ root: options.distDir }));

  app.on(['GET', 'HEAD'], '*', async (c) => {
    // A missing file (the last segment has an extension) is a 404, not the app: serving HTML as a
    // script would only hide the broken reference.
    if (/\.[^/]*$/.test(c.req.path)) return c.text('Not found', 404);
    const html = await readFile(join(options.distDir, 'index.html'), 'utf8');
    return c.html(html);
  });
  app.all('*', (c) => c.text('Method not allowed', 405, { allow: 'GET, HEAD' }));
  return app;
}
