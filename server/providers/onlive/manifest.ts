// ONLIVE.SITE on the server side (onlive.md).
import type { ProviderManifest } from '../provider-manifest.ts';

// Reference lists are read page by page until a short or last page.
const referenceList = (path: string) => ({ path, query: ['page', 'limit'] });

export const onliveManifest: ProviderManifest = {
  id: 'onlive',
  env: { url: 'ONLIVE_API_URL', credentials: ['ONLIVE_ACCESS_KEY_ID', 'ONLIVE_SECRET_ACCESS_KEY'] },
  defaultUrl: 'https://openapi.onlive.site/api/v1',
  // "The scheme this project implements": an HMAC signature over the canonical request.
  auth: 'signature',
  routes: [
    { path: 'appointments', query: ['startDate', 'endDate', 'page', 'limit'] },
    { path: 'appointments/:id', query: [] },
    ...['calendars', 'services', 'user-groups'].map(referenceList),
  ],
  // `startDate` / `endDate`, at most 6 months per request.
  filtersByDateUpstream: true,
  // Page numbers, no links ("Pagination"): bodies pass through without a link scan.
  linksInBodies: false,
};
