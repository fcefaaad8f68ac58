// Run-time changes to the sandbox's data, as a provider's own users would make them: a booking created,
// or an existing one changed. Tests and the dev server use them to watch the mirror pick changes up.
import type { ProviderId } from '../../contract/providers.ts';
import { bumpDataVersion } from './data-version.ts';
import { SANDBOX_FAKES, type SandboxData } from './registry.ts';

/** One provider's appointment exactly as its fake serves it. */
export type SandboxAppointment<P extends ProviderId> = SandboxData[P]['appointments'][number];

export interface BookingHooks {
  /** Adds a booking where the provider would list a new one (the end of the list; by start on ONLIVE.SITE). */
  add<P extends ProviderId>(provider: P, record: SandboxAppointment<P>): void;
  /** Changes fields of an existing booking; false when there is none with that id. */
  change<P extends ProviderId>(provider: P, id: string, patch: Partial<SandboxAppointment<P>>): boolean;
}

export function createBookingHooks(data: SandboxData): BookingHooks {
  const list = (provider: ProviderId): { id: string }[] => data[provider].appointments;
  // A fake that serves its list in an order of its own (ONLIVE.SITE: by start) keeps it after a change.
  const reorder = (provider: ProviderId) =>
    (SANDBOX_FAKES[provider].orderAppointments as ((d: unknown) => void) | undefined)?.(data[provider]);
  return {
    add: (provider, record) => {
      const items = list(provider);
      if (items.some((item) => item.id === record.id))
        throw new Error(`${provider} already has ${record.id}`);
      items.push(record);
      reorder(provider);
      bumpDataVersion(items);
    },
    change: (provider, id, patch) => {
      const items = list(provider);
      const record = items.find((item) => item.id === id);
      if (record === undefined) return false;
      Object.assign(record, patch);
      reorder(provider);
      bumpDataVersion(items);
      return true;
    },
  };
}
