import { describe, it } from 'vitest';
import { expectFastPathAgrees } from '../../test-support/fast-parse-testing.ts';
import appointment from './fixtures/appointment.json';
import { appointmentOneAppointmentSchema } from './wire.ts';
import { parseAppointmentOneAppointment } from './wire-fast.ts';

describe('parseAppointmentOneAppointment', () => {
  it('agrees with appointmentOneAppointmentSchema', () => {
    expectFastPathAgrees(appointmentOneAppointmentSchema, parseAppointmentOneAppointment, [
      appointment,
      {
        ...appointment,
        attendees: '["a@example.com"]',
        time_start: 1489680000,
        duration_mins: 30.5,
        links: [],
      },
      { ...appointment, attendees: [], links: [{ rel: 'event', href: '/api/v1/event/x' }] },
    ]);
  });
});
