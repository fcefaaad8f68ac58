import { describe, it } from 'vitest';
import { expectFastPathAgrees } from '../../test-support/fast-parse-testing.ts';
import list from './fixtures/appointment-list.json';
import v1 from './fixtures/appointment-v1.json';
import { onliveAppointmentSchema } from './wire.ts';
import { parseOnliveAppointment } from './wire-fast.ts';

const { start, end, state, ...rest } = v1;

describe('parseOnliveAppointment', () => {
  it('agrees with onliveAppointmentSchema, v1 and v2 names alike', () => {
    expectFastPathAgrees(onliveAppointmentSchema, parseOnliveAppointment, [
      v1,
      ...(list.items as Record<string, unknown>[]),
      {
        ...rest,
        startAt: start,
        endAt: end,
        status: state,
        event: { eventId: null, iCallUrl: 'https://x.test/c', room: 'R1' },
      },
      { ...v1, guests: [], extraFields: null, deletedAt: '2025-03-10T08:00:00+01:00', blocked: true },
    ]);
  });
});
