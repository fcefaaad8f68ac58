import type { ProviderModule, ReferenceRecords } from '../contract.ts';
import { withNamesFrom } from '../normalise-list.ts';
import { parseEach } from '../parse-each.ts';
import { eventInfo, normaliseList, type AppointmentOneNames } from './normalise.ts';
import { appointmentOneEventSchema } from './wire.ts';

/** Events are the only names an appointment refers to (through its `rel: "event"` link). */
function namesFrom(references: ReferenceRecords): AppointmentOneNames {
  const events = new Map<string, ReturnType<typeof eventInfo>>();
  parseEach(appointmentOneEventSchema, references['events'] ?? [], (e) => events.set(e.id, eventInfo(e)));
  return { events };
}

export const appointmentOneProvider: ProviderModule = {
  rangeScoped: false,
  loadAdapter: () => import('./adapter.ts').then((m) => m.createAppointmentOneAdapter),
  listNormaliser: withNamesFrom(normaliseList, namesFrom),
};
