import { parseEach } from '../parse-each.ts';
import { textOrNull } from '../../domain/person.ts';
import type { OnliveCalendarInfo } from './normalise.ts';
import { onliveCalendarSchema, onliveNamedSchema } from './wire.ts';

export function calendarInfos(records: readonly unknown[]): Map<string, OnliveCalendarInfo> {
  const out = new Map<string, OnliveCalendarInfo>();
  parseEach(onliveCalendarSchema, records, (c) =>
    out.set(c.id, { name: c.name, timeZone: textOrNull(c.timezone), type: textOrNull(c.type) }),
  );
  return out;
}

/** Services and user groups: `{ id, name }` is all the dashboard needs. */
export function namesById(records: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  parseEach(onliveNamedSchema, records, (item) => out.set(item.id, item.name));
  return out;
}
