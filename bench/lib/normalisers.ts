// Each provider's pure list normaliser with names resolved from the sandbox's reference data, as the
// adapters would have them after their one-off reference fetches.
import type { SandboxData } from '../../server/sandbox/data/generate-data.ts';
import type { ProviderId } from '../../contract/providers.ts';
import type { ListResult } from '../../src/providers/contract.ts';
import { normaliseList as caspen } from '../../src/providers/caspen/normalise.ts';
import { normaliseList as appointmentOne, eventInfo } from '../../src/providers/appointment-one/normalise.ts';
import { normaliseList as onlive } from '../../src/providers/onlive/normalise.ts';
import type { AppointmentOneEvent } from '../../src/providers/appointment-one/wire.ts';

type Normalise = (records: readonly unknown[], names: never) => ListResult;
const byId = <T extends { id: string }, V>(items: readonly T[], f: (t: T) => V) =>
  new Map(items.map((t) => [t.id, f(t)] as const));

export function normalisers(provider: ProviderId, data: SandboxData): { normalise: Normalise; names: never } {
  if (provider === 'caspen') {
    const d = data.caspen;
    const names = {
      services: byId(d.services, (s) => s.name),
      locations: byId(d.locations, (l) => ({ name: l.name, timeZone: l.timezone })),
      clients: byId(d.clients, (c) => ({
        name: `${c.first_name ?? ''} ${c.last_name ?? ''}`.trim() || null,
        email: c.email ?? null,
        phone: c.phone_number ?? null,
      })),
      practitioners: byId(d.practitioners, (p) => p.name),
      rooms: byId(d.rooms, (r) => r.name),
    };
    return { normalise: caspen as Normalise, names: names as never };
  }
  if (provider === 'appointment-one') {
    const events = byId(data['appointment-one'].events, (e) =>
      eventInfo(e as unknown as AppointmentOneEvent),
    );
    return { normalise: appointmentOne as Normalise, names: { events } as never };
  }
  const d = data.onlive;
  const names = {
    calendars: byId(d.calendars, (c) => ({
      name: c.name,
      timeZone: c.timezone ?? null,
      type: c.type ?? null,
    })),
    services: byId(d.services, (s) => s.name),
    userGroups: byId(d.userGroups, (g) => g.name),
  };
  return { normalise: onlive as Normalise, names: names as never };
}
