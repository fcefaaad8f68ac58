// The state behind each fake's control routes: run-time bookings built by the fake itself and added
// through the booking hooks, and the counts of what it has served.
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { BookingHooks } from './bookings.ts';
import { createRandom, deriveSeed } from './data/random.ts';
import { SANDBOX_FAKES, type SandboxData } from './registry.ts';
import { createRequestCounter } from './request-counts.ts';
import type { FakeControl, SandboxFake, WireAppointment } from './sandbox-fake.ts';

export interface FakeControlDeps {
  data: SandboxData;
  bookings: BookingHooks;
  clock: () => number;
  /** Run-time bookings draw from their own seeded stream: same seed, same ids. */
  seed: number;
}

export function createFakeControls(deps: FakeControlDeps): Record<ProviderId, FakeControl> {
  return Object.fromEntries(PROVIDER_IDS.map((id) => [id, fakeControl(id, deps)])) as Record<
    ProviderId,
    FakeControl
  >;
}

function fakeControl<P extends ProviderId>(provider: P, deps: FakeControlDeps): FakeControl {
  const fake = SANDBOX_FAKES[provider] as SandboxFake<SandboxData[P]>;
  const data = deps.data[provider];
  const rng = createRandom(deriveSeed(deps.seed, `${provider}/bookings`));
  const context = () => ({ rng, nowMs: deps.clock() });
  // The id and start as the provider notes read the record: what its API will list.
  const listed = (record: WireAppointment<SandboxData[P]>) => {
    const [row] = fake.rows({ ...data, appointments: [record] });
    if (row === undefined) throw new Error(`${provider}: a booking the fake cannot read back`);
    return { id: row.id, startMs: row.startMs };
  };
  const counter = createRequestCounter(provider);
  return {
    createBooking: (input) => {
      const record = fake.newBooking(data, input, context());
      deps.bookings.add(provider, record);
      return listed(record);
    },
    changeBooking: (id, change) => {
      const record = (data.appointments as WireAppointment<SandboxData[P]>[]).find((a) => a.id === id);
      if (record === undefined) return undefined;
      const result = fake.changeBooking(data, record, change, context());
      if (!result.ok) return result;
      deps.bookings.change(provider, id, result.patch);
      return { ok: true, booking: listed(record) };
    },
    count: counter.count,
    counts: counter.counts,
    resetCounts: counter.reset,
  };
}
