import { describe, expect, it } from 'vitest';
import detailExample from './fixtures/appointment-v1.json';
import { EMPTY_ONLIVE_NAMES, normaliseList } from './normalise.ts';
import { ONLIVE_STATUS_ROWS } from './status.ts';

describe('ONLIVE.SITE status table', () => {
  it.each(ONLIVE_STATUS_ROWS)('v1 state $when -> $status', ({ example, status }) => {
    const { appointments } = normaliseList([{ ...detailExample, ...example }], EMPTY_ONLIVE_NAMES);
    expect(appointments[0]?.status).toBe(status);
    expect(appointments[0]?.rawStatus).toBe(example.state);
  });

  it.each(ONLIVE_STATUS_ROWS)('v2 status $when -> $status', ({ example, status }) => {
    const { state, ...rest } = { ...detailExample, ...example };
    const { appointments } = normaliseList([{ ...rest, status: state }], EMPTY_ONLIVE_NAMES);
    expect(appointments[0]?.status).toBe(status);
  });
});
