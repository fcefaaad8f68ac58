// What one fake provider brings to the sandbox: its data generator, its app, its port and the public
// credentials it accepts (its base path is the real API's, from the manifest). One per provider in the
// sandbox registry.
import type { Hono } from 'hono';
import type { GenerateInput } from './data/generate-input.ts';
import type { FaultController } from './faults.ts';
import type { RateLimit } from './rate-limiter.ts';

export interface FakeDeps<Data> {
  data: Data;
  faults: FaultController;
  clock: () => number;
  /** The fake's request budget: its documented default unless a run overrides it. */
  rateLimit: RateLimit;
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
  /** The served appointments read with the provider notes' rules, independently of the browser code. */
  rows(data: Data): SandboxRow[];
}
