import { describe, it } from 'vitest';
import { expectFastPathAgrees } from '../../test-support/fast-parse-testing.ts';
import appointment from './fixtures/appointment.json';
import { caspenAppointmentSchema } from './wire.ts';
import { parseCaspenAppointment } from './wire-fast.ts';

describe('parseCaspenAppointment', () => {
  it('agrees with caspenAppointmentSchema', () => {
    expectFastPathAgrees(caspenAppointmentSchema, parseCaspenAppointment, [
      appointment,
      {
        ...appointment,
        client_id: undefined,
        confirmed: null,
        confirmed_at: null,
        starts_at: '2026-01-01T10:00:00+01:00',
      },
    ]);
  });
});
