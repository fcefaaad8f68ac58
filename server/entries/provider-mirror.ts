// The mirror on Workers: one Durable Object per provider account (named by provider id) holds that
// provider's store in its SQLite storage and runs its sync engine on alarms. The Worker reads windows
// from it; the first read starts the alarms, which then keep themselves going.
import { DurableObject } from 'cloudflare:workers';
import { isProviderId, type ProviderId } from '../../contract/providers.ts';
import { durableSqlDriver } from '../mirror/durable-sqlite.ts';
import { createMirror, type Mirror, type MirrorReader } from '../mirror/mirror.ts';
import { loadMirrorConfig } from '../mirror/mirror-config.ts';
import { createMirrorStore } from '../mirror/store.ts';
import { loadProxyConfig } from '../proxy/config.ts';

type Env = Record<string, unknown>;

export class ProviderMirror extends DurableObject<Env> {
  private built: { provider: ProviderId; mirror: Mirror } | null = null;

  private mirrorFor(provider: ProviderId): Mirror {
    if (this.built?.provider === provider) return this.built.mirror;
    const config = loadProxyConfig(this.env, { loopback: false });
    const mirror = createMirror({
      config,
      store: createMirrorStore(durableSqlDriver(this.ctx.storage)),
      fetch: (url, init) => fetch(url, init),
      now: () => Date.now(),
      options: { retentionDays: loadMirrorConfig(this.env).retentionDays },
      providers: [provider],
      log: (line) => console.log(line),
    });
    this.built = { provider, mirror };
    return mirror;
  }

  /** One window as the route's JSON text; null when the provider is not enabled. */
  async windowText(provider: string, fromMs: number, toMs: number): Promise<string | null> {
    if (!isProviderId(provider)) return null;
    const mirror = this.mirrorFor(provider);
    if (mirror.engine(provider) === null) return null;
    if ((await this.ctx.storage.get('provider')) !== provider)
      await this.ctx.storage.put('provider', provider);
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now());
    return mirror.windowText(provider, fromMs, toMs);
  }

  /** An appointment read live: stored as the sync would store it (answering its refs), or forgotten (`null`). */
  async record(provider: string, id: string, wire: unknown): Promise<string | null> {
    if (!isProviderId(provider)) return null;
    return this.mirrorFor(provider).record(provider, id, wire);
  }

  /** One sync step, then the next alarm at the instant the engine asked for. */
  override async alarm(): Promise<void> {
    const provider = await this.ctx.storage.get<string>('provider');
    if (provider === undefined || !isProviderId(provider)) return;
    const engine = this.mirrorFor(provider).engine(provider);
    if (engine === null) return;
    let next: number;
    try {
      next = await engine.tick();
    } catch (error) {
      // The name only: a message could carry a record's content. Tried again in 30 s.
      console.log(`[mirror] ${provider}: step failed (${(error as Error)?.name ?? 'Error'})`);
      next = Date.now() + 30_000;
    }
    await this.ctx.storage.setAlarm(Math.max(next, Date.now()));
  }
}

/** The Worker's window reader: each provider's Durable Object, by name. */
export function durableMirrorReader(namespace: DurableObjectNamespace<ProviderMirror>): MirrorReader {
  return {
    windowText: (provider, fromMs, toMs) =>
      namespace.get(namespace.idFromName(provider)).windowText(provider, fromMs, toMs),
    record: (provider, id, wire) => namespace.get(namespace.idFromName(provider)).record(provider, id, wire),
  };
}
