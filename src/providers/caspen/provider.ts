import type { ProviderModule, ReferenceRecords } from '../contract.ts';
import { withNamesFrom } from '../normalise-list.ts';
import { createCaspenAdapter } from './adapter.ts';
import { normaliseList, type CaspenNames } from './normalise.ts';
import { clientPeople, locationNames, practitionerNames, roomNames, serviceNames } from './refs.ts';

/** Caspen's reference lists are named after their endpoints (caspen.md). */
function namesFrom(references: ReferenceRecords): CaspenNames {
  return {
    services: serviceNames(references['services'] ?? []),
    locations: locationNames(references['locations'] ?? []),
    clients: clientPeople(references['clients'] ?? []),
    practitioners: practitionerNames(references['practitioners'] ?? []),
    rooms: roomNames(references['rooms'] ?? []),
  };
}

export const caspenProvider: ProviderModule = {
  createAdapter: createCaspenAdapter,
  listNormaliser: withNamesFrom(normaliseList, namesFrom),
};
