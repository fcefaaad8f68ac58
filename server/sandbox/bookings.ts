// Run-time changes to the sandbox's data, as a provider's own users would make them: a booking created,
// or an existing one changed. Tests and the dev server use them to watch the mirror pick changes up.
import type { ProviderId } from '../../contract/providers.ts';
import type { AppointmentOneAppointment } from '../providers/appointment-one/sandbox/wire.ts';
import type { CaspenAppointment } from '../providers/caspen/sandbox/wire.ts';
import type { SandboxData } from './data/generate-data.ts';
import type { OnliveAppointment } from '../providers/onlive/sandbox/wire.ts';
import { bumpDataVersion } from './data-version.ts';

export interface SandboxAppointments {
  caspen: CaspenAppointment;
  'appointment-one': AppointmentOneAppointment;
  onlive: OnliveAppointment;
}

export interface BookingHooks {
  /** Adds a booking where the provider would list a new one (the end of the list; by start on ONLIVE.SITE). */
  add<P extends ProviderId>(provider: P, record: SandboxAppointments[P]): void;
  /** Changes fields of an existing booking; false when there is none with that id. */
  change<P extends ProviderId>(provider: P, id: string, patch: Partial<SandboxAppointments[P]>): boolean;
}

const byStart = (a: OnliveAppointment, b: OnliveAppointment) =>
  Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function createBookingHooks(data: SandboxData): BookingHooks {
  const list = (provider: ProviderId): { id: string }[] => data[provider].appointments;
  return {
    add: (provider, record) => {
      const items = list(provider);
      if (items.some((item) => item.id === record.id))
        throw new Error(`${provider} already has ${record.id}`);
      items.push(record);
      if (provider === 'onlive') data.onlive.appointments.sort(byStart);
      bumpDataVersion(items);
    },
    change: (provider, id, patch) => {
      const items = list(provider);
      const record = items.find((item) => item.id === id);
      if (record === undefined) return false;
      Object.assign(record, patch);
      if (provider === 'onlive') data.onlive.appointments.sort(byStart);
      bumpDataVersion(items);
      return true;
    },
  };
}
