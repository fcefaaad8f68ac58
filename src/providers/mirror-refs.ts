// Reference records (services, clients, calendars, …) gathered from every mirror window read, by
// collection and id, so that an appointment opened on its own still shows names.
import type { ReferenceRecords } from './contract.ts';
import { recordId } from './normalise-list.ts';

/** Enough for every name a clinic's staff browse in a session, without growing for ever. */
const MAX_PER_COLLECTION = 20_000;

export interface RefStore {
  add(refs: Readonly<Record<string, readonly unknown[]>>): void;
  all(): ReferenceRecords;
}

export function createRefStore(): RefStore {
  const byCollection = new Map<string, Map<string, unknown>>();
  return {
    add(refs) {
      for (const [collection, records] of Object.entries(refs)) {
        let known = byCollection.get(collection);
        if (known === undefined) byCollection.set(collection, (known = new Map()));
        for (const record of records) {
          const id = recordId(record);
          if (id === null) continue;
          // Re-inserted so the newest copy wins and the oldest go first when the cap is reached.
          known.delete(id);
          known.set(id, record);
          if (known.size > MAX_PER_COLLECTION) known.delete(known.keys().next().value as string);
        }
      }
    },
    all: () => Object.fromEntries([...byCollection].map(([name, records]) => [name, [...records.values()]])),
  };
}
