import type { ProviderId } from '../../contract/providers.ts';
import type { AppointmentStatus } from './status.ts';

/** A reference to another provider record. `name` is null when the lookup failed: show the id. */
export interface Ref {
  readonly id: string;
  readonly name: string | null;
}

export interface Person {
  /** The provider's id for this person, when it has one (a client record): shown when the name lookup failed. */
  id?: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** The one model every view uses, whatever provider the appointment came from. */
export interface Appointment {
  provider: ProviderId;
  id: string;
  /** `${provider}:${id}`: unique across providers, used for React keys and selection. */
  key: string;
  title: string | null;
  service: Ref | null;
  /** Every instant in the model is epoch milliseconds; ISO text exists only at the edges. */
  startMs: number;
  endMs: number;
  durationMinutes: number;
  status: AppointmentStatus;
  /** The provider's own status value, kept and shown when it maps to `other`. */
  rawStatus: string;
  client: Person | null;
  guests: readonly Person[];
  staff: Ref | null;
  calendar: Ref | null;
  location: Ref | null;
  room: Ref | null;
  meetingUrl: string | null;
  /** The provider-local zone when the provider tells it (a location's or a calendar's zone). */
  timeZone: string | null;
  notes: string | null;
  confirmation: Readonly<{ confirmed: boolean; atMs: number | null }>;
  cancellation: Readonly<{ atMs: number | null; reason: string | null; note: string | null }> | null;
  createdAtMs: number | null;
  updatedAtMs: number | null;
  /** Provider-specific fields worth showing in the detail panel, as label -> text. */
  extra: Record<string, string>;
  /**
   * The `extra` labels whose values are provider HTML (event texts): the detail panel
   * sanitises and renders exactly these; every other field is shown as text. Absent means none.
   */
  htmlFields?: readonly string[];
  /** The provider record as received, for the detail panel's raw view. */
  raw: unknown;
}
