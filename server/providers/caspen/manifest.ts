// Caspen on the server side (caspen.md).
import type { ProviderManifest } from '../provider-manifest.ts';

// The adapter asks for pages with `limit` and follows `links.next`, which adds `cursor`.
const paged = (path: string) => ({ path, query: ['limit', 'cursor'] });
const references = ['services', 'locations', 'clients', 'practitioners', 'rooms'];

export const caspenManifest: ProviderManifest = {
  id: 'caspen',
  env: { url: 'CASPEN_API_URL', credentials: ['CASPEN_API_TOKEN'] },
  defaultUrl: 'https://api.caspen.com/v1',
  // "Authentication": a bearer token on every call.
  auth: 'bearer',
  routes: [
    paged('appointments'),
    { path: 'appointments/:id', query: [] },
    ...references.map(paged),
    // The mirror looks up a reference a new booking points at (a new client) by id.
    ...references.map((r) => ({ path: `${r}/:id`, query: [], usedBy: 'mirror' as const })),
  ],
  // Only `cursor` and `limit` are documented: no date filter.
  filtersByDateUpstream: false,
  // "Pagination": absolute `links.next` / `links.prev`.
  linksInBodies: true,
};
