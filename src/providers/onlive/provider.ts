import type { ProviderModule } from '../contract.ts';
import { namesFromLists, withNamesFrom } from '../normalise-list.ts';
import { normaliseList } from './normalise.ts';
import { calendarInfos, namesById } from './refs.ts';

export const onliveProvider: ProviderModule = {
  rangeScoped: true,
  loadAdapter: () => import('./adapter.ts').then((m) => m.createOnliveAdapter),
  // Calendars, services and user groups (onlive.md reference endpoints).
  listNormaliser: withNamesFrom(
    normaliseList,
    namesFromLists({ calendars: calendarInfos, services: namesById, userGroups: namesById }),
  ),
};
