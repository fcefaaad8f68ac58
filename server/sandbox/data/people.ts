import { pickAt, type Random } from './random.ts';
import type { Site } from './world.ts';

export interface PersonSeed {
  firstName: string;
  lastName: string;
  /** As the person writes it (family name first for 山田 太郎). */
  fullName: string;
  email: string;
  phone: string;
}

/** Names in non-Latin scripts and with diacritics; each provider's data holds every one of them. */
export const NON_LATIN_PEOPLE: readonly PersonSeed[] = [
  {
    firstName: '太郎',
    lastName: '山田',
    fullName: '山田 太郎',
    email: 'taro.yamada@example.jp',
    phone: '+819012345678',
  },
  {
    firstName: 'Zoë',
    lastName: 'Ångström',
    fullName: 'Zoë Ångström',
    email: 'zoe.angstrom@example.se',
    phone: '+46701234567',
  },
  {
    firstName: 'Мария',
    lastName: 'Иванова',
    fullName: 'Мария Иванова',
    email: 'maria.ivanova@example.ru',
    phone: '+79161234567',
  },
  {
    firstName: 'محمد',
    lastName: 'العلي',
    fullName: 'محمد العلي',
    email: 'mohammed.alali@example.ae',
    phone: '+971501234567',
  },
];

const FIRST = [
  'Olivia',
  'Liam',
  'Amelia',
  'Noah',
  'Isla',
  'Jack',
  'Lucía',
  'Hugo',
  'Sofía',
  'Mateo',
  'Emma',
  'James',
  'Ava',
  'Ethan',
  'Mia',
  'Lucas',
  'Chloe',
  'Oscar',
  'Grace',
  'Leo',
  'Yuki',
  'Haruto',
  'Aiko',
  'Ren',
  'Priya',
  'Arjun',
  'Fatima',
  'Omar',
  'Chen',
  'Mei',
  'Siobhán',
  'Seán',
  'Björn',
  'Ingrid',
  'Kofi',
  'Ama',
];
const LAST = [
  'Smith',
  'Nguyen',
  'Williams',
  'Brown',
  'García',
  'Fernández',
  'López',
  'Martínez',
  'Johnson',
  'Miller',
  'Davis',
  'Wilson',
  'Taylor',
  'Anderson',
  'Sato',
  'Suzuki',
  'Takahashi',
  'Tanaka',
  'Patel',
  'Singh',
  'Khan',
  'Wang',
  'Li',
  "O'Brien",
  'Müller',
  'Schmidt',
  'Rossi',
  'Kowalski',
  'Mensah',
  'Okafor',
];

// E-mail local parts stay ASCII: strip accents and anything an address should not hold.
function ascii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const FIRST_ASCII = FIRST.map(ascii);
const LAST_ASCII = LAST.map(ascii);
const DOMAINS = ['example.com', 'example.org', 'example.net'];

export function phoneFor(rng: Random, site: Site): string {
  let digits = '';
  for (let i = 0; i < site.phoneDigits; i += 1) digits += String(rng.int(0, 9));
  return site.phonePrefix + digits;
}

/** A random person living near `site`; about one in thirty is one of the non-Latin names. */
export function randomPerson(rng: Random, site: Site): PersonSeed {
  if (rng.chance(1 / 30)) return rng.pick(NON_LATIN_PEOPLE);
  const first = rng.int(0, FIRST.length - 1);
  const last = rng.int(0, LAST.length - 1);
  const [firstName, lastName] = [pickAt(FIRST, first), pickAt(LAST, last)];
  const domain = rng.pick(DOMAINS);
  return {
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    email: `${pickAt(FIRST_ASCII, first)}.${pickAt(LAST_ASCII, last)}${rng.int(1, 999)}@${domain}`,
    phone: phoneFor(rng, site),
  };
}

/** A person who typed `name` into a booking form: given name first, the rest as the family name. */
export function namedPerson(rng: Random, name: string, site: Site): PersonSeed {
  const [firstName = name, ...rest] = name.trim().split(/\s+/);
  const lastName = rest.join(' ');
  const local = [ascii(firstName), ascii(lastName)].filter((part) => part !== '').join('.') || 'guest';
  return {
    firstName,
    lastName,
    fullName: name.trim(),
    email: `${local}${rng.int(1, 999)}@${rng.pick(DOMAINS)}`,
    phone: phoneFor(rng, site),
  };
}
