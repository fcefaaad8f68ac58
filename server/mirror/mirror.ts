// The mirror of one server: a sync engine for each enabled provider over one store, all reaching their
// providers through the proxy's forwarding core. Runtime entries start it and run its engines.
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { ProxyConfig } from '../proxy/config.ts';
import type { UpstreamFetch } from '../proxy/upstream-call.ts';
import { createSyncEngine, type EngineOptions, type SyncEngine } from './engine.ts';
import type { MirrorStore } from './store.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import { createForwardUpstream } from './upstream.ts';
import { refsBody, windowBody } from './window-body.ts';

export interface MirrorDeps {
  config: ProxyConfig;
  store: MirrorStore;
  /** The upstream client the proxy uses. */
  fetch: UpstreamFetch;
  now: () => number;
  options?: EngineOptions;
  log?: (line: string) => void;
  /** Only these providers (default: every enabled one); a Durable Object holds one. */
  providers?: readonly ProviderId[];
}

/** Where the window route reads from: this process's mirror, or a Durable Object per provider. */
export interface MirrorReader {
  /** The window answer as JSON text; null when the provider is not mirrored (not enabled). */
  windowText(provider: ProviderId, fromMs: number, toMs: number): Promise<string | null>;
  /**
   * Stores an appointment read live and answers the reference records it points at, as JSON text by
   * collection; or forgets it (`null`: the provider answered 404) and answers null.
   */
  record(provider: ProviderId, id: string, wire: unknown): Promise<string | null>;
}

export interface Mirror extends MirrorReader {
  engines: readonly SyncEngine[];
  /** Null when the provider is not mirrored here (disabled, or held elsewhere). */
  engine(provider: ProviderId): SyncEngine | null;
}

export function createMirror(deps: MirrorDeps): Mirror {
  const wanted = deps.providers ?? PROVIDER_IDS;
  const engines = wanted
    .filter((id) => deps.config.providers[id].credentials !== null)
    .map((provider) =>
      createSyncEngine({
        strategy: SERVER_PROVIDERS[provider].sync,
        store: deps.store,
        upstream: createForwardUpstream(provider, {
          config: deps.config,
          fetch: deps.fetch,
          now: deps.now,
        }),
        now: deps.now,
        options: deps.options,
        log: deps.log,
      }),
    );
  const engine = (provider: ProviderId) => engines.find((e) => e.provider === provider) ?? null;
  return {
    engines,
    engine,
    windowText: async (provider, fromMs, toMs) => {
      const found = engine(provider);
      if (found === null) return null;
      const { rows, sync } = found.window(fromMs, toMs);
      return windowBody(provider, fromMs, toMs, rows, sync);
    },
    record: async (provider, id, wire) => {
      const found = engine(provider);
      if (found === null) return null;
      if (wire === null) {
        found.forget(id);
        return null;
      }
      found.writeBack(wire);
      return refsBody(found.refsOf(id));
    },
  };
}
