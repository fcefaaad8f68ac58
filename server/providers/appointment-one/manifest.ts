// Appointment.one on the server side (appointment-one.md).
import type { ProviderManifest } from '../provider-manifest.ts';

export const appointmentOneManifest: ProviderManifest = {
  id: 'appointment-one',
  env: { url: 'APPOINTMENT_ONE_API_URL', credentials: ['APPOINTMENT_ONE_API_KEY'] },
  defaultUrl: 'https://www.appointment.one/api/v1',
  // "Authentication": the raw key, no scheme prefix.
  auth: 'raw-key',
  routes: [
    // Page 1 bare, later pages through `rel: "next"` links that carry `page`.
    { path: 'appointment', query: ['page'] },
    { path: 'appointment/:id', query: [] },
    // Event names through each appointment's `rel: "event"` link.
    { path: 'event/:id', query: [] },
  ],
  filtersByDateUpstream: false,
  // "Common response conventions": HATEOAS `links[].href` everywhere.
  linksInBodies: true,
};
