import { type CaspenClient, caspenTime } from './wire.ts';
import { NON_LATIN_PEOPLE, randomPerson, type PersonSeed } from '../../../sandbox/data/people.ts';
import { pickAt, type Random } from '../../../sandbox/data/random.ts';
import { XSS_SCRIPT_TEXT } from '../../../sandbox/data/texts.ts';
import { DAY_MS } from '../../../sandbox/data/time-slots.ts';
import { SITES } from '../../../sandbox/data/world.ts';

/**
 * Caspen clients. The first ones are fixed: the non-Latin names, then one with every nullable field
 * null, then one whose notes hold a `<script>` text. Health fields stay bland placeholders.
 */
export function caspenClients(rng: Random, anchorMs: number, count: number): CaspenClient[] {
  const clients: CaspenClient[] = [];
  for (let i = 0; i < count; i += 1) {
    const siteIndex = rng.int(0, SITES.length - 1);
    const site = pickAt(SITES, siteIndex);
    const person = NON_LATIN_PEOPLE[i] ?? randomPerson(rng, site);
    const id = `cli_${rng.ulid(anchorMs - rng.int(1, 900) * DAY_MS)}`;
    const createdAt = caspenTime(anchorMs - rng.int(130, 900) * DAY_MS);
    clients.push(
      i === NON_LATIN_PEOPLE.length
        ? bareClient(id, person, createdAt)
        : fullClient(rng, id, person, site, createdAt),
    );
    if (i === NON_LATIN_PEOPLE.length + 1) {
      const client = clients[i];
      if (client) client.notes = XSS_SCRIPT_TEXT;
    }
  }
  return clients;
}

export function fullClient(
  rng: Random,
  id: string,
  person: PersonSeed,
  site: (typeof SITES)[number],
  createdAt: string,
): CaspenClient {
  const female = rng.chance(0.5);
  const local = person.phone.startsWith(site.callingCode)
    ? person.phone.slice(site.callingCode.length)
    : person.phone;
  return {
    id,
    title: rng.pick(['Ms', 'Mr', 'Mx', 'Dr', null]),
    first_name: person.firstName,
    last_name: person.lastName,
    preferred_name: rng.chance(0.2) ? person.firstName : null,
    profession: rng.pick(['Teacher', 'Engineer', 'Nurse', 'Chef', null, null]),
    email: rng.chance(0.95) ? person.email : null,
    date_of_birth: `${rng.int(1940, 2010)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    sex: female ? 'female' : 'male',
    gender_identity: null,
    pronouns: rng.chance(0.3) ? (female ? 'she/her' : 'he/him') : null,
    privacy_policy_consent: 'accepted',
    medications: [],
    allergies: rng.chance(0.1) ? [{ name: 'Penicillin', reaction: 'Rash' }] : [],
    intolerances: [],
    emergency_contact_name: rng.chance(0.5) ? 'Alex Doe' : null,
    emergency_contact_phone: null,
    emergency_contact_relationship: null,
    notes: null,
    alert: rng.chance(0.05) ? 'Prefers a female practitioner.' : null,
    referral_type_id: null,
    referral_description: null,
    referred_by_id: null,
    phone_number: person.phone,
    phone_numbers: [
      { id: `phn_${rng.ulid(Date.parse(createdAt))}`, code: site.callingCode, number: local, type: 'mobile' },
    ],
    address: {
      line1: site.street,
      line2: null,
      city: site.city,
      state: site.state,
      postal_code: site.postalCode,
      country_code: site.countryCode,
    },
    tag_ids: [],
    created_at: createdAt,
  };
}

function bareClient(id: string, person: PersonSeed, createdAt: string): CaspenClient {
  return {
    id,
    title: null,
    first_name: person.firstName,
    last_name: null,
    preferred_name: null,
    profession: null,
    email: null,
    date_of_birth: null,
    sex: null,
    gender_identity: null,
    pronouns: null,
    privacy_policy_consent: null,
    medications: [],
    allergies: [],
    intolerances: [],
    emergency_contact_name: null,
    emergency_contact_phone: null,
    emergency_contact_relationship: null,
    notes: null,
    alert: null,
    referral_type_id: null,
    referral_description: null,
    referred_by_id: null,
    phone_number: null,
    phone_numbers: [],
    address: null,
    tag_ids: [],
    created_at: createdAt,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
