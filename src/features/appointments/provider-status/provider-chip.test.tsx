import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProviderError } from '../../../providers/errors.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import { progressText } from './provider-chip.tsx';
import { ProviderStatus } from './provider-status.tsx';

function list(overrides: Partial<ProviderListState>): ProviderListState {
  return {
    provider: 'caspen',
    enabled: true,
    status: 'ok',
    appointments: [],
    quarantined: [],
    progress: null,
    error: null,
    retryAt: null,
    isFetching: false,
    updatedAt: 1,
    sync: null,
    retry: () => undefined,
    ...overrides,
  };
}

describe('provider status', () => {
  it('describes progress with and without totals', () => {
    expect(progressText(null)).toBe('Loading…');
    expect(progressText({ pagesFetched: 3, totalPages: 15, itemsFetched: 300, totalItems: 1500 })).toBe(
      'Loading 3 of 15 pages',
    );
    expect(progressText({ pagesFetched: 12, totalPages: null, itemsFetched: 1200, totalItems: null })).toBe(
      'Loading… 1,200 so far',
    );
  });

  it('shows one chip per provider in each state, the sandbox badge, and Retry calls retry()', async () => {
    let retried = 0;
    const error = new ProviderError({
      provider: 'onlive',
      kind: 'upstream',
      message: 'ONLIVE.SITE answered 503',
    });
    render(
      <ProviderStatus
        sandbox
        inRange={{ caspen: 12, 'appointment-one': 0, onlive: 0 }}
        lists={[
          list({ provider: 'caspen' }),
          list({
            provider: 'appointment-one',
            status: 'loading',
            progress: { pagesFetched: 1, totalPages: 4, itemsFetched: 100, totalItems: 400 },
          }),
          list({ provider: 'onlive', status: 'error', error, retry: () => void (retried += 1) }),
        ]}
      />,
    );
    const chips = screen.getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Caspen12 appointments',
      'Appointment.oneLoading 1 of 4 pages',
      // Plain words in the chip; the whole sentence in its title and in the banner.
      'ONLIVE.SITEError: Having problemsRetry ONLIVE.SITE',
    ]);
    expect(screen.getByText('Sandbox data')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Retry ONLIVE.SITE' }));
    expect(retried).toBe(1);
  });

  it('says when a provider has no credentials, and hides the badge off the sandbox', () => {
    render(
      <ProviderStatus
        sandbox={false}
        inRange={{ caspen: 0, 'appointment-one': 0, onlive: 0 }}
        lists={[list({ status: 'disabled', enabled: false })]}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toBe('CaspenNo credentials');
    expect(screen.queryByText('Sandbox data')).toBeNull();
  });
});
