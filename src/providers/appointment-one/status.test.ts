import { describe, expect, it } from 'vitest';
import appointmentExample from './fixtures/appointment.json';
import { EMPTY_APPOINTMENT_ONE_NAMES, normaliseList } from './normalise.ts';
import { APPOINTMENT_ONE_STATUS_ROWS } from './status.ts';

describe('Appointment.one status table', () => {
  it.each(APPOINTMENT_ONE_STATUS_ROWS)('$when -> $status', ({ example, status }) => {
    const { appointments } = normaliseList(
      [{ ...appointmentExample, ...example }],
      EMPTY_APPOINTMENT_ONE_NAMES,
    );
    expect(appointments[0]?.status).toBe(status);
    expect(appointments[0]?.rawStatus).toBe(`is_cancelled: ${String(example.is_cancelled)}`);
  });

  it('has no other value to map: anything but a boolean is quarantined', () => {
    const result = normaliseList(
      [{ ...appointmentExample, is_cancelled: null }],
      EMPTY_APPOINTMENT_ONE_NAMES,
    );
    expect(result.quarantined).toHaveLength(1);
  });
});
