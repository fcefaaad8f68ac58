// What one fake provider brings to the sandbox: its data generator, its app, where it is served and
// the public credentials it accepts. The sandbox registry lists one per provider.
import type { Hono } from 'hono';
import type { GenerateInput } from './data/generate-input.ts';
import type { FaultController } from './faults.ts';
import type { RateLimit } from './rate-limiter.ts';

export interface FakeDeps<Data> {
  data: Data;
  faults: FaultController;
  clock: () => number;
  /** The fake's request budget: its documented default unless a run overrides it; null when it has none. */
  rateLimit: RateLimit | null;
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
  /** The API base path as the provider's docs give it, e.g. `/v1`. */
  basePath: string;
  /** Where `npm run sandbox` serves it unless SANDBOX_PORTS says otherwise. */
  defaultPort: number;
  /** Fixed, public development values named like the proxy's environment variables. */
  credentials: Readonly<Record<string, string>>;
  /** The documented budget the fake enforces by default (overridable per run), if any. */
  defaultRateLimit?: RateLimit;
  generate(input: GenerateInput): Data;
  createApp(deps: FakeDeps<Data>): Hono;
  /** The served appointments read with the provider notes' rules, independently of the browser code. */
  rows(data: Data): SandboxRow[];
}
