import type { SandboxFake } from '../../../sandbox/sandbox-fake.ts';
import { changeOnliveBooking, newOnliveBooking } from './bookings.ts';
import { createOnliveApp } from './app.ts';
import { generateOnliveData } from './data.ts';
import { onliveRows } from './rows.ts';
import type { OnliveAppointment, OnliveData } from './wire.ts';

const credentials = {
  ONLIVE_ACCESS_KEY_ID: 'AKSANDBOXONLIVE01',
  ONLIVE_SECRET_ACCESS_KEY: 'sandbox-onlive-secret-91d6a0c3f2',
} as const;

// The fake serves `GET /api/v1/appointments` by start, then id (the docs name no order; see wire.ts).
const byStart = (a: OnliveAppointment, b: OnliveAppointment) =>
  Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const onliveFake = {
  defaultPort: 4103,
  credentials,
  // 1000 reads per minute per access key (onlive.md, "Rate limits").
  defaultRateLimit: { limit: 1000, windowMs: 60_000 },
  generate: generateOnliveData,
  createApp: (deps) =>
    createOnliveApp({
      ...deps,
      // The fake looks secrets up by access key id.
      credentials: { [credentials.ONLIVE_ACCESS_KEY_ID]: credentials.ONLIVE_SECRET_ACCESS_KEY },
    }),
  orderAppointments: (data) => void data.appointments.sort(byStart),
  newBooking: newOnliveBooking,
  changeBooking: changeOnliveBooking,
  rows: onliveRows,
} satisfies SandboxFake<OnliveData>;
