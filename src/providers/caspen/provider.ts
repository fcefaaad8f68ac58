import type { ProviderModule } from '../contract.ts';
import { namesFromLists, withNamesFrom } from '../normalise-list.ts';
import { normaliseList } from './normalise.ts';
import { clientPeople, locationNames, practitionerNames, roomNames, serviceNames } from './refs.ts';

export const caspenProvider: ProviderModule = {
  rangeScoped: false,
  loadAdapter: () => import('./adapter.ts').then((m) => m.createCaspenAdapter),
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
