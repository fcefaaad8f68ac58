import type { SandboxFake } from '../../../sandbox/sandbox-fake.ts';
import { createAppointmentOneApp } from './app.ts';
import { generateAppointmentOneData } from './data.ts';
import { appointmentOneRows } from './rows.ts';
import type { AppointmentOneData } from './wire.ts';

const credentials = { APPOINTMENT_ONE_API_KEY: 'sandbox-appointment-one-key-4b8d03e5' } as const;

export const appointmentOneFake = {
  basePath: '/api/v1',
  defaultPort: 4102,
  credentials,
  generate: generateAppointmentOneData,
  createApp: ({ data, faults }) =>
    createAppointmentOneApp({ data, faults, apiKeys: [credentials.APPOINTMENT_ONE_API_KEY] }),
  rows: appointmentOneRows,
} satisfies SandboxFake<AppointmentOneData>;
