// The mirror as the Node server and the Vite dev server run it: the store in DATA_DIR, one engine per
// enabled provider, run on timers. Null when MIRROR_SYNC=off.
import { resolve } from 'node:path';
import type { ConfigSource, ProxyConfig } from '../proxy/config.ts';
import type { UpstreamFetch } from '../proxy/upstream-call.ts';
import { createMirror, type Mirror } from './mirror.ts';
import { loadMirrorConfig } from './mirror-config.ts';
import { openNodeSqlite } from './node-sqlite.ts';
import { startMirrorRunner, type Timers } from './runner.ts';
import { createMirrorStore } from './store.ts';

export interface NodeMirrorDeps {
  env: ConfigSource;
  config: ProxyConfig;
  fetch: UpstreamFetch;
  now: () => number;
  timers?: Timers;
  log?: (line: string) => void;
}

export interface NodeMirror {
  mirror: Mirror;
  /** Where the store lives (absolute). */
  dataDir: string;
  /** Stops the engines (waiting for a running step) and closes the store. */
  close(): Promise<void>;
}

export function startNodeMirror(deps: NodeMirrorDeps): NodeMirror | null {
  const settings = loadMirrorConfig(deps.env);
  if (!settings.enabled) return null;
  const dataDir = resolve(settings.dataDir);
  const sqlite = openNodeSqlite(dataDir);
  const mirror = createMirror({
    config: deps.config,
    store: createMirrorStore(sqlite.driver),
    fetch: deps.fetch,
    now: deps.now,
    options: { retentionDays: settings.retentionDays },
    log: deps.log,
  });
  const runner = startMirrorRunner(mirror.engines, { now: deps.now, timers: deps.timers, log: deps.log });
  // Providers and the directory only: nothing about records.
  const providers = mirror.engines.map((e) => e.provider).join(', ') || 'none';
  deps.log?.(
    `[frontdesk] mirror: ${providers}; store in ${dataDir}; retention ${settings.retentionDays} days`,
  );
  return {
    mirror,
    dataDir,
    close: async () => {
      await runner.stop();
      sqlite.close();
    },
  };
}
