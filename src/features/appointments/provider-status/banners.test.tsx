import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProviderError } from '../../../providers/errors.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import { FailureBanner } from './failure-banner.tsx';
import { OfflineBanner } from './offline-banner.tsx';
import { QuarantineNotice } from './quarantine-notice-lazy.tsx';

function list(
  provider: ProviderListState['provider'],
  status: ProviderListState['status'],
  retry = () => undefined,
): ProviderListState {
  const error =
    status === 'error'
      ? new ProviderError({ provider, kind: 'upstream', message: 'answered HTTP 503' })
      : null;
  return {
    provider,
    enabled: true,
    status,
    appointments: [],
    quarantined: [],
    progress: null,
    error,
    retryAt: null,
    isFetching: false,
    updatedAt: null,
    sync: null,
    retry,
  };
}

describe('FailureBanner', () => {
  it('names the failed providers, says the rest are shown, and retries each', async () => {
    let retried = 0;
    render(
      <FailureBanner
        lists={[
          list('caspen', 'ok'),
          list('appointment-one', 'ok'),
          list('onlive', 'error', () => void (retried += 1)),
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('ONLIVE.SITE could not be loaded.');
    expect(alert.textContent).toContain('Appointments from the other providers are shown.');
    expect(alert.textContent).toContain('ONLIVE.SITE is having problems right now.');
    // The technical detail is one click away, not the message.
    expect(screen.getByText('Technical details').closest('details')?.open).toBe(false);
    expect(alert.textContent).toContain('upstream: answered HTTP 503');
    await userEvent.click(screen.getByRole('button', { name: 'Retry ONLIVE.SITE' }));
    expect(retried).toBe(1);
  });

  it('says nothing can be shown when every provider failed, and is absent when none did', () => {
    const { rerender } = render(<FailureBanner lists={[list('caspen', 'error'), list('onlive', 'error')]} />);
    expect(screen.getByRole('alert').textContent).toContain('Caspen, ONLIVE.SITE could not be loaded.');
    expect(screen.getByRole('alert').textContent).toContain('No appointments can be shown');
    rerender(<FailureBanner lists={[list('caspen', 'ok'), list('onlive', 'loading')]} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('QuarantineNotice (its code loaded on demand)', () => {
  it('counts the records left out and lists provider, id, field and message', async () => {
    render(
      <QuarantineNotice
        records={[
          { provider: 'caspen', id: 'app_1', path: 'starts_at', message: 'Invalid ISO datetime' },
          { provider: 'onlive', id: null, path: '', message: 'Expected object' },
        ]}
      />,
    );
    expect((await screen.findByRole('status')).textContent).toContain('2 records were left out');
    const cells = screen.getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Caspen',
      'app_1',
      'starts_at',
      'Invalid ISO datetime',
      'ONLIVE.SITE',
      'unknown',
      '(record)',
      'Expected object',
    ]);
  });

  it('renders nothing without quarantined records', () => {
    const { container } = render(<QuarantineNotice records={[]} />);
    expect(container.textContent).toBe('');
  });
});

describe('OfflineBanner', () => {
  it('follows the online/offline events', () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    let online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      render(<OfflineBanner />);
      expect(screen.getByRole('status').textContent).toBe('');
      online = false;
      act(() => void window.dispatchEvent(new Event('offline')));
      expect(screen.getByRole('status').textContent).toContain('You are offline.');
      online = true;
      act(() => void window.dispatchEvent(new Event('online')));
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      if (onLine) Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });
});
