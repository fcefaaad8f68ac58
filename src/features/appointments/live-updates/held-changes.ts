// Which rows a refreshed list changed, relative to what is on screen. TanStack Query shares unchanged
// parts of refetched data (structural sharing), so an appointment that did not change is the very
// same object as before: identity is the whole comparison, at any list size.
import type { Appointment } from '../../../domain/appointment.ts';

/** Appointments added, changed or gone between `shown` and `latest` (by key). */
export function countChanges(shown: readonly Appointment[], latest: readonly Appointment[]): number {
  if (shown === latest) return 0;
  const before = new Map(shown.map((a) => [a.key, a]));
  let changes = 0;
  for (const a of latest) {
    if (before.get(a.key) !== a) changes += 1;
    before.delete(a.key);
  }
  return changes + before.size;
}
