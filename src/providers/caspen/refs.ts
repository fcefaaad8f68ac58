import type { Person } from '../../domain/appointment.ts';
import { joinName, textOrNull } from '../../domain/person.ts';
import { parseEach } from '../parse-each.ts';
import {
  caspenClientSchema,
  caspenLocationSchema,
  caspenPractitionerSchema,
  caspenRoomSchema,
  caspenServiceSchema,
  type CaspenClient,
} from './wire.ts';

export function serviceNames(records: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  parseEach(caspenServiceSchema, records, (s) => out.set(s.id, s.name));
  return out;
}

export function roomNames(records: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  parseEach(caspenRoomSchema, records, (r) => out.set(r.id, r.name));
  return out;
}

export function practitionerNames(records: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  parseEach(caspenPractitionerSchema, records, (p) => {
    const name = textOrNull(p.name) ?? joinName(p.first_name, p.last_name);
    if (name !== null) out.set(p.id, name);
  });
  return out;
}

export function locationNames(records: readonly unknown[]) {
  const out = new Map<string, { name: string; timeZone: string | null }>();
  parseEach(caspenLocationSchema, records, (l) =>
    out.set(l.id, { name: l.name, timeZone: textOrNull(l.timezone) }),
  );
  return out;
}

/** Clients hold health data (caspen.md): keep name and contact only, never anything else. */
export function clientPerson(c: CaspenClient): Person {
  return {
    id: c.id,
    name: joinName(textOrNull(c.preferred_name) ?? c.first_name, c.last_name),
    email: textOrNull(c.email),
    phone: textOrNull(c.phone_number) ?? textOrNull(c.phone_numbers?.[0]?.number),
  };
}

export function clientPeople(records: readonly unknown[]): Map<string, Person> {
  const out = new Map<string, Person>();
  parseEach(caspenClientSchema, records, (c) => out.set(c.id, clientPerson(c)));
  return out;
}
