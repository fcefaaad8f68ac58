import type { SandboxFake } from '../../../sandbox/sandbox-fake.ts';
import { changeAppointmentOneBooking, newAppointmentOneBooking } from './bookings.ts';
import { createAppointmentOneApp } from './app.ts';
import { generateAppointmentOneData } from './data.ts';
import { appointmentOneRows } from './rows.ts';
import type { AppointmentOneData } from './wire.ts';

const credentials = { APPOINTMENT_ONE_API_KEY: 'sandbox-appointment-one-key-4b8d03e5' } as const;

// No documented request budget: the fake enforces none.
export const appointmentOneFake = {
  defaultPort: 4102,
  credentials,
  generate: generateAppointmentOneData,
  createApp: (deps) => createAppointmentOneApp({ ...deps, apiKeys: [credentials.APPOINTMENT_ONE_API_KEY] }),
  newBooking: newAppointmentOneBooking,
  changeBooking: changeAppointmentOneBooking,
  rows: appointmentOneRows,
} satisfies SandboxFake<AppointmentOneData>;
