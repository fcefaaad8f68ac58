// The list and detail read from the server's shared mirror instead of paging the provider: one request
// per provider and date window, whatever the history size, and no share of the provider's rate budget.
// The records arrive in the provider's own wire shape, so they go through the same normaliser as a
// page fetched through the proxy; the mirror only decides which records, never what they mean.
import { MIRROR_PATH, mirrorWindowPath } from '../../contract/api-paths.ts';
import { PROVIDER_LABELS, type ProviderId } from '../../contract/providers.ts';
import { itemResponseSchema } from '../../contract/item-response.ts';
import { windowResponseSchema } from '../../contract/window-response.ts';
import type { Range } from '../domain/range.ts';
import type {
  AdapterDeps,
  ListNormaliser,
  ListResult,
  ProviderAdapter,
  ProviderModule,
  ReferenceRecords,
} from './contract.ts';
import { parseEnvelope } from './envelope.ts';
import { ProviderError } from './errors.ts';
import { createHttpClient } from './http.ts';
import { createRefStore } from './mirror-refs.ts';
import { onLocalClock } from './sync-clock.ts';

/** The mirror polls its providers every 20 s; asking it again as often costs only a store read. */
export const MIRROR_REFRESH_MS = 20_000;

type MirrorDeps = Pick<AdapterDeps, 'fetch' | 'now'>;

export function createMirrorAdapter(
  provider: ProviderId,
  module: ProviderModule,
  deps: MirrorDeps,
): ProviderAdapter {
  const http = createHttpClient(provider, deps.fetch, deps.now);
  // Names seen in every answer so far: a window's refs also name a record opened later, and back.
  const refs = createRefStore();

  async function listAppointments(range: Range, options: { signal?: AbortSignal } = {}): Promise<ListResult> {
    const { body } = await http.getJson(mirrorWindowPath(provider, range.from, range.to), options.signal);
    const window = parseEnvelope(provider, windowResponseSchema, body, 'a mirror window');
    refs.add(window.refs);
    const result = module.listNormaliser(window.refs as ReferenceRecords)(window.records);
    const quarantined = window.quarantined.map((q) => ({ provider, ...q }));
    return {
      appointments: result.appointments,
      quarantined: [...quarantined, ...result.quarantined],
      sync: onLocalClock(window.sync, deps.now()),
    };
  }

  async function getAppointment(id: string, options: { signal?: AbortSignal } = {}) {
    // Live: one GET to the provider, which the server also writes back to the store.
    const url = `${MIRROR_PATH}/${provider}/appointments/${encodeURIComponent(id)}`;
    const { body } = await http.getJson(url, options.signal);
    const item = parseEnvelope(provider, itemResponseSchema, body, 'an appointment');
    refs.add(item.refs);
    return onlyAppointment(provider, module.listNormaliser(refs.all())([item.record]));
  }

  return {
    id: provider,
    rangeScoped: true,
    refreshEveryMs: MIRROR_REFRESH_MS,
    listAppointments,
    getAppointment,
  };
}

/** A single record through the list normaliser: quarantined there means unusable here. */
function onlyAppointment(provider: ProviderId, result: ReturnType<ListNormaliser>) {
  const appointment = result.appointments[0];
  if (appointment !== undefined) return appointment;
  const problem = result.quarantined[0];
  const where = problem?.path ? ` at ${problem.path}` : '';
  throw new ProviderError({
    provider,
    kind: 'invalid-data',
    message: `${PROVIDER_LABELS[provider]} sent an appointment that does not match its documented shape${where}: ${problem?.message ?? 'invalid'}`,
  });
}
