// What `npm start` serves: the proxy on /api, the built app from dist/ with an SPA fallback, and the
// one header policy (server/http/security-headers.ts) on everything else.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { isPrivateBuildFile, siteHeaders } from '../http/security-headers.ts';
import type { ProxyApp } from '../proxy/app.ts';
import { hostCheck } from '../proxy/host-check.ts';

export function createSiteApp(options: {
  proxy: ProxyApp;
  distDir: string;
  publicHosts: readonly string[];
}): Hono {
  const app = new Hono();
  app.use('*', hostCheck(options.publicHosts));
  app.all('/api', (c) => options.proxy.fetch(c.req.raw));
  app.all('/api/*', (c) => options.proxy.fetch(c.req.raw));

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(siteHeaders(c.req.path, c.res.ok)))
      c.res.headers.set(name, value);
  });

  app.use('*', async (c, next) => {
    if (isPrivateBuildFile(c.req.path)) return c.text('Not found', 404);
    await next();
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
