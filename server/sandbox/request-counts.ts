// Counts what a fake serves, by kind, so a test can prove that some traffic (five browser tabs on the
// mirror, say) caused no extra appointment-list requests. The kinds derive from the provider's read
// routes in its manifest; which collection holds the appointments comes from its sync strategy.
import { providerProxyBase } from '../../contract/api-paths.ts';
import type { ProviderId } from '../../contract/providers.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import type { KindCounts, RequestCounts, RequestKind } from './sandbox-fake.ts';

const ANY_ID = 'id';

/** Classifies a request path the way the provider's API is read: list pages, one item, reference data. */
export function requestClassifier(provider: ProviderId): (method: string, path: string) => RequestKind {
  const { manifest, sync } = SERVER_PROVIDERS[provider];
  const base = new URL(manifest.defaultUrl).pathname.replace(/\/+$/, '');
  // The strategy's proxy path of one appointment, below the proxy base: `appointments/<id>`.
  const item = sync
    .item(ANY_ID)
    .slice(providerProxyBase(provider).length + 1)
    .split('/');
  const collection = item[0];
  // Every other collection the adapters read (a list, an item or both) holds reference data.
  const references = new Set(
    manifest.routes.map((r) => r.path.split('/')[0]).filter((c) => c !== collection),
  );
  return (method, path) => {
    if (method !== 'GET' || !path.startsWith(`${base}/`)) return 'other';
    const segments = path.slice(base.length + 1).split('/');
    if (segments.length > 2 || segments.some((s) => s === '')) return 'other';
    const [first, id] = segments;
    if (first === collection) return id === undefined ? 'list' : 'item';
    return first !== undefined && references.has(first) ? 'reference' : 'other';
  };
}

export interface RequestCounter {
  count(method: string, path: string, userAgent?: string): void;
  counts(): RequestCounts;
  reset(): void;
}

/** Callers are told apart by User-Agent; a caller sending none is counted as `(none)`. */
const NO_AGENT = '(none)';

export function createRequestCounter(provider: ProviderId): RequestCounter {
  const classify = requestClassifier(provider);
  const zero = (): KindCounts => ({ list: 0, item: 0, reference: 0, other: 0, total: 0 });
  let all = zero();
  let byAgent = new Map<string, KindCounts>();
  return {
    count: (method, path, userAgent) => {
      const kind = classify(method, path);
      const agent = userAgent || NO_AGENT;
      let mine = byAgent.get(agent);
      if (mine === undefined) byAgent.set(agent, (mine = zero()));
      for (const counts of [all, mine]) {
        counts[kind] += 1;
        counts.total += 1;
      }
    },
    counts: () => ({
      ...all,
      byAgent: Object.fromEntries([...byAgent].map(([agent, counts]) => [agent, { ...counts }])),
    }),
    reset: () => {
      all = zero();
      byAgent = new Map();
    },
  };
}
