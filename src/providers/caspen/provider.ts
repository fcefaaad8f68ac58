import type { ProviderModule } from '../contract.ts';
import { namesFromLists, withNamesFrom } from '../normalise-list.ts';
import { createCaspenAdapter } from './adapter.ts';
import { normaliseList } from './normalise.ts';
import { clientPeople, locationNames, practitionerNames, roomNames, serviceNames } from './refs.ts';

export const caspenProvider: ProviderModule = {
  createAdapter: createCaspenAdapter,
  // Caspen's reference lists, named after their endpoints (caspen.md).
  listNormaliser: withNamesFrom(
    normaliseList,
    namesFromLists({
      services: serviceNames,
      locations: locationNames,
      clients: clientPeople,
      practitioners: practitionerNames,
      rooms: roomNames,
    }),
  ),
};
