// What one fake provider brings to the sandbox: its data generator, its app, its port and the public
// credentials it accepts (its base path is the real API's, from the manifest). One per provider in the
// sandbox registry.
import type { Hono } from 'hono';
import type {
  BookingChange,
  BookingContext,
  BookingCreated,
  BookingPatch,
  NewBookingInput,
} from './booking-input.ts';
import type { GenerateInput } from './data/generate-input.ts';
import type { FaultController } from './faults.ts';
import type { RateLimit } from './rate-limiter.ts';

export interface FakeDeps<Data> {
  data: Data;
  faults: FaultController;
  clock: () => number;
  /** The fake's request budget: its documented default unless a run overrides it. */
  rateLimit: RateLimit;
  /** The run-time control routes beyond faults (bookings, request counts); createSandbox always gives it. */
  control?: FakeControl;
}

export type BookingChanged = { ok: true; booking: BookingCreated } | { ok: false; message: string };

export type RequestKind = 'list' | 'item' | 'reference' | 'other';
export type KindCounts = Record<RequestKind | 'total', number>;
/** All requests by kind, and the same split by the caller's User-Agent (the mirror names itself). */
export type RequestCounts = KindCounts & { byAgent: Record<string, KindCounts> };

/** What `/__sandbox/bookings` and `/__sandbox/requests` act on, for one fake. */
export interface FakeControl {
  createBooking(input: NewBookingInput): BookingCreated;
  /** Undefined when the fake has no booking with that id. */
  changeBooking(id: string, change: BookingChange): BookingChanged | undefined;
  /** Counts one request the fake is about to serve. */
  count(method: string, path: string, userAgent: string | undefined): void;
  counts(): RequestCounts;
  resetCounts(): void;
}

/** One appointment as the provider notes say staff should see it; what the e2e specs expect. */
export interface SandboxRow {
  id: string;
  startMs: number;
  status: 'pending' | 'confirmed' | 'arrived' | 'no_show' | 'cancelled' | 'other';
  serviceId: string | null;
  serviceName: string | null;
  /** The place the list's Location filter offers for this appointment. */
  locationId: string | null;
  locationName: string | null;
  email: string | null;
}

/** One appointment exactly as the fake serves it. */
export type WireAppointment<Data> = Data extends { appointments: readonly (infer A)[] } ? A : never;

export interface SandboxFake<Data> {
  /** Where `npm run sandbox` serves it unless SANDBOX_PORTS says otherwise. */
  defaultPort: number;
  /** Fixed, public development values named like the proxy's environment variables. */
  credentials: Readonly<Record<string, string>>;
  /** The documented budget the fake enforces by default (overridable per run), if any. */
  defaultRateLimit?: RateLimit;
  generate(input: GenerateInput): Data;
  createApp(deps: FakeDeps<Data>): Hono;
  /** Restores the order the fake lists appointments in after a run-time booking change, if it keeps one. */
  orderAppointments?(data: Data): void;
  /**
   * A complete new appointment in the wire shape, as the provider's own booking page would create it,
   * referencing the data's existing services, places and staff (a named client may be added to `data`).
   */
  newBooking(data: Data, input: NewBookingInput, context: BookingContext): WireAppointment<Data>;
  /** The wire fields a change touches, or why this provider cannot express it. */
  changeBooking(
    data: Data,
    record: WireAppointment<Data>,
    change: BookingChange,
    context: BookingContext,
  ): BookingPatch<WireAppointment<Data>>;
  /** The served appointments read with the provider notes' rules, independently of the browser code. */
  rows(data: Data): SandboxRow[];
}
