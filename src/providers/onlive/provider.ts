import type { ProviderModule, ReferenceRecords } from '../contract.ts';
import { withNamesFrom } from '../normalise-list.ts';
import { createOnliveAdapter } from './adapter.ts';
import { normaliseList, type OnliveNames } from './normalise.ts';
import { calendarInfos, namesById } from './refs.ts';

/** Calendars, services and user groups (onlive.md reference endpoints). */
function namesFrom(references: ReferenceRecords): OnliveNames {
  return {
    calendars: calendarInfos(references['calendars'] ?? []),
    services: namesById(references['services'] ?? []),
    userGroups: namesById(references['userGroups'] ?? []),
  };
}

export const onliveProvider: ProviderModule = {
  createAdapter: createOnliveAdapter,
  listNormaliser: withNamesFrom(normaliseList, namesFrom),
};
