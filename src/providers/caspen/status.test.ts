import { describe, expect, it } from 'vitest';
import appointmentExample from './fixtures/appointment.json';
import { EMPTY_CASPEN_NAMES, normaliseList } from './normalise.ts';
import { CASPEN_STATUS_ROWS, caspenStatus } from './status.ts';

describe('Caspen status table', () => {
  it.each(CASPEN_STATUS_ROWS)('$when -> $status', ({ example, status }) => {
    const { appointments } = normaliseList([{ ...appointmentExample, ...example }], EMPTY_CASPEN_NAMES);
    expect(appointments[0]?.status).toBe(status);
    expect(appointments[0]?.rawStatus).toBe(example.status);
  });

  it('covers every normalised value the doc implies', () => {
    expect(new Set(CASPEN_STATUS_ROWS.map((r) => r.status))).toEqual(
      new Set(['pending', 'confirmed', 'arrived', 'no_show', 'cancelled', 'other']),
    );
  });

  it('ignores case and surrounding blanks', () => {
    expect(caspenStatus(' Missed ', null)).toBe('no_show');
    expect(caspenStatus('CANCELED', true)).toBe('cancelled');
  });
});
