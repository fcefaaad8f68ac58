// Cloudflare Worker: wrangler.jsonc serves dist/ as static assets (SPA fallback) and runs this Worker
// first for /api/*, where the same proxy app as everywhere else answers.
import type { Hono } from 'hono';
import { createProxyApp } from '../proxy/app.ts';
import { loadProxyConfig } from '../proxy/config.ts';
import { errorBody } from '../proxy/errors.ts';
import { isApiPath } from '../../contract/api-paths.ts';
import { createResponder } from '../proxy/respond.ts';

interface WorkerEnv {
  ASSETS: Fetcher;
  [name: string]: unknown;
}

// Built once per isolate and per bindings object, so the JWKS cache and rate-limit buckets persist.
let built: { env: WorkerEnv; app: Hono | null } | null = null;

function proxyFor(env: WorkerEnv): Hono | null {
  if (built?.env === env) return built.app;
  const vars = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  let app: Hono | null = null;
  try {
    // A Worker cannot know that it is only reachable from loopback: staff authentication is always on.
    const config = loadProxyConfig(vars, { loopback: false });
    app = createProxyApp({
      config,
      fetch: (input, init) => fetch(input, init),
      now: () => Date.now(),
      log: (line) => console.log(line),
    });
  } catch (error) {
    // The message names variables, never values; it goes to the Worker's logs, not to the caller.
    console.error(error instanceof Error ? error.message : String(error));
  }
  built = { env, app };
  return app;
}

const respond = createResponder([]);

export default {
  async fetch(request, env) {
    if (!isApiPath(new URL(request.url).pathname)) return env.ASSETS.fetch(request);
    const app = proxyFor(env);
    if (app === null)
      return respond(
        500,
        errorBody(null, 500, 'upstream', 'The proxy is not configured; see the Worker logs'),
      );
    return app.fetch(request);
  },
} satisfies ExportedHandler<WorkerEnv>;
