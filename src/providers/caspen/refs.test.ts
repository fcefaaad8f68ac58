import { describe, expect, it } from 'vitest';
import clientExample from './fixtures/client.json';
import locationExample from './fixtures/location.json';
import serviceExample from './fixtures/service.json';
import { clientPeople, locationNames, practitionerNames, roomNames, serviceNames } from './refs.ts';

describe('Caspen reference lists', () => {
  it('reads names and the time zone from the documented resources', () => {
    expect(serviceNames([serviceExample])).toEqual(new Map([[serviceExample.id, 'Initial consultation']]));
    expect(locationNames([locationExample])).toEqual(
      new Map([[locationExample.id, { name: 'Main Clinic', timeZone: 'Australia/Sydney' }]]),
    );
  });

  it('keeps only name and contact of a client (health data is never copied)', () => {
    const person = clientPeople([clientExample]).get(clientExample.id);
    expect(person).toEqual({
      id: clientExample.id,
      name: 'Jane Citizen',
      email: 'jane@example.com',
      phone: '+61400123456',
    });
  });

  it('prefers the preferred name and the primary phone number', () => {
    const people = clientPeople([
      { ...clientExample, preferred_name: 'JJ', phone_number: '+61 2 9999 0000' },
    ]);
    expect(people.get(clientExample.id)).toMatchObject({ name: 'JJ Citizen', phone: '+61 2 9999 0000' });
  });

  it('names practitioners by name or first and last name, and rooms by name', () => {
    const names = practitionerNames([
      { id: 'pra_1', name: 'Dr Sam Lee' },
      { id: 'pra_2', first_name: 'Ana', last_name: 'Ruiz' },
      { id: 'pra_3' },
    ]);
    expect(names).toEqual(
      new Map([
        ['pra_1', 'Dr Sam Lee'],
        ['pra_2', 'Ana Ruiz'],
      ]),
    );
    expect(roomNames([{ id: 'rom_1', name: 'Room 1' }, { name: 'no id' }])).toEqual(
      new Map([['rom_1', 'Room 1']]),
    );
  });
});
