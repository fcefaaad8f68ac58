// A cold server start with an existing store, in its own process: open the store, build the mirror and
// the window route, answer the default view (today … today + 7 days) for every provider. Prints one
// JSON line: the time to that first complete view, a warm p95, and RSS. `tsx bench/mirror-cold.ts <dir>`.
import { Hono } from 'hono';
import { MIRROR_PATH, mirrorWindowPath } from '../contract/api-paths.ts';
import { PROVIDER_IDS } from '../contract/providers.ts';
import { createMirror } from '../server/mirror/mirror.ts';
import { openNodeSqlite } from '../server/mirror/node-sqlite.ts';
import { createMirrorRoutes, type MirrorRouteVariables } from '../server/mirror/routes.ts';
import { createMirrorStore } from '../server/mirror/store.ts';
import { loadProxyConfig } from '../server/proxy/config.ts';
import { createResponder } from '../server/proxy/respond.ts';
import { SANDBOX_CREDENTIALS } from '../server/sandbox/credentials.ts';
import { summarise } from './lib/stats.ts';

const started = performance.now();
const [dir = '', anchorText = ''] = process.argv.slice(2);
const anchor = Number(anchorText);
const day = Math.floor(anchor / 86_400_000) * 86_400_000;
// Loopback URLs that are never dialled: no runner is started, only the store answers.
const config = loadProxyConfig(
  {
    AUTH_MODE: 'off',
    ...SANDBOX_CREDENTIALS,
    CASPEN_API_URL: 'http://127.0.0.1:9/v1',
    APPOINTMENT_ONE_API_URL: 'http://127.0.0.1:9/api/v1',
    ONLIVE_API_URL: 'http://127.0.0.1:9/api/v1',
  },
  { loopback: true },
);
const db = openNodeSqlite(dir);
const mirror = createMirror({
  config,
  store: createMirrorStore(db.driver),
  fetch: () => Promise.reject(new Error('no upstream in this benchmark')),
  now: Date.now,
});
const app = new Hono<{ Variables: MirrorRouteVariables }>();
app.use('*', async (c, next) => {
  c.set('staff', { subject: 'bench', providers: PROVIDER_IDS });
  await next();
});
const forward = () => Promise.reject(new Error('no live reads in this benchmark'));
app.route(MIRROR_PATH, createMirrorRoutes({ reader: mirror, respond: createResponder([]), forward }));

const view = async () => {
  const bodies = await Promise.all(
    PROVIDER_IDS.map(async (id) =>
      (await app.request(mirrorWindowPath(id, day, day + 8 * 86_400_000))).json(),
    ),
  );
  return bodies.reduce((n: number, b) => n + (b as { records: unknown[] }).records.length, 0);
};
const records = await view();
const firstViewMs = performance.now() - started;
const warm: number[] = [];
for (let i = 0; i < 20; i += 1) {
  const t0 = performance.now();
  await view();
  warm.push(performance.now() - t0);
}
console.log(
  JSON.stringify({
    firstViewMs,
    records,
    warmP95Ms: summarise(warm).p95,
    rssMb: process.memoryUsage().rss / 2 ** 20,
  }),
);
db.close();
