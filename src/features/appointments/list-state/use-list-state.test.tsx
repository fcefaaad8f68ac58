import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { browserTimeZone } from '../../../lib/time-zones.ts';
import { useListState, type UseListState } from './use-list-state.ts';
import { isoOf } from '../../../test-support/iso-range.ts';

const NOW = Date.parse('2026-11-18T09:30:00Z');
const clock = () => NOW;

function setup(path: string) {
  const seen: { current: UseListState | null } = { current: null };
  function Probe() {
    seen.current = useListState({ now: clock });
    return <Outlet />;
  }
  function Detail() {
    seen.current = useListState({ now: clock });
    return null;
  }
  const router = createMemoryRouter(
    [
      {
        path: '/appointments',
        element: <Probe />,
        children: [{ path: ':provider/:id', element: <Detail /> }],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  const current = () => {
    if (!seen.current) throw new Error('not rendered');
    return seen.current;
  };
  return { router, current };
}

// The default zone is the browser's: this test runs wherever the machine is, so compute it the same way.
const tz = browserTimeZone();

describe('useListState', () => {
  it('reads the list state and the day range from the URL', () => {
    const { current } = setup('/appointments?from=2026-03-29&to=2026-03-29&status=pending&tz=Europe/Madrid');
    expect(current().state).toMatchObject({
      from: '2026-03-29',
      to: '2026-03-29',
      status: ['pending'],
      tz: 'Europe/Madrid',
    });
    // A 23-hour DST day in Madrid.
    expect(isoOf(current().range)).toEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
    expect(current().notices).toEqual([]);
  });

  it('reports garbage as notices and shows the default view', () => {
    const { current } = setup('/appointments?status=maybe&sort=price');
    expect(current().notices).toHaveLength(2);
    expect(current().state.status).toEqual([]);
    expect(current().state.sort).toBe('start');
  });

  it('writes a patch to the URL without defaults, as a new history entry; back restores', async () => {
    const { router, current } = setup('/appointments?status=pending');
    await act(() => current().update({ provider: ['onlive'], q: 'ana' }));
    expect(router.state.location.search).toBe('?status=pending&provider=onlive&q=ana');
    expect(current().state.provider).toEqual(['onlive']);
    await act(() => current().update({ status: [], provider: [], q: '' }));
    expect(router.state.location.search).toBe('');
    await act(() => router.navigate(-1));
    expect(current().state).toMatchObject({ status: ['pending'], provider: ['onlive'], q: 'ana' });
    await act(() => router.navigate(-1));
    expect(current().state).toMatchObject({ status: ['pending'], provider: [], q: '' });
  });

  it('can replace the history entry instead of pushing one', async () => {
    const { router, current } = setup('/appointments');
    await act(() => current().update({ q: 'a' }, { replace: true }));
    await act(() => current().update({ q: 'an' }, { replace: true }));
    expect(router.state.location.search).toBe('?q=an');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('keeps the open appointment path when filters change, and reads the same state there', async () => {
    const { router, current } = setup('/appointments/caspen/app_01?status=arrived');
    expect(current().state.status).toEqual(['arrived']);
    expect(current().search).toBe('?status=arrived');
    await act(() => current().update({ sort: '-start' }));
    expect(router.state.location.pathname).toBe('/appointments/caspen/app_01');
    expect(router.state.location.search).toBe('?status=arrived&sort=-start');
  });

  it('gives a canonical search string for links (garbage dropped)', () => {
    const { current } = setup('/appointments?provider=onlive,caspen&utm_source=mail&sort=nope');
    expect(current().search).toBe('?provider=caspen,onlive');
  });

  it('reset clears every filter but keeps the range, zone and sort', async () => {
    const { router, current } = setup(
      '/appointments?from=2026-01-01&to=2026-01-31&status=pending&service=caspen:s1&q=x&sort=-client&tz=Asia/Tokyo',
    );
    await act(() => current().reset());
    expect(router.state.location.search).toBe('?from=2026-01-01&to=2026-01-31&sort=-client&tz=Asia/Tokyo');
  });

  it('moves a default range with the zone, but keeps picked days', async () => {
    const { router, current } = setup('/appointments');
    // 09:30 UTC is still the 17th in Pago Pago (UTC-11): the default days move with the zone.
    await act(() => current().update({ tz: 'Pacific/Pago_Pago' }));
    expect(router.state.location.search).toBe(tz === 'Pacific/Pago_Pago' ? '' : '?tz=Pacific/Pago_Pago');
    expect(current().state).toMatchObject({ from: '2026-11-17', to: '2026-11-23' });
    await act(() => current().update({ from: '2026-12-01', to: '2026-12-02' }));
    await act(() => current().update({ tz: 'America/New_York' }));
    expect(router.state.location.search).toContain('from=2026-12-01&to=2026-12-02');
  });
});

describe('useListState: quick successive changes', () => {
  it('builds a second change on the first even before the first has rendered', async () => {
    const { router, current } = setup('/appointments');
    const { update } = current();
    await act(async () => {
      update({ status: ['pending'] });
      update({ provider: ['caspen'] });
    });
    expect(router.state.location.search).toBe('?status=pending&provider=caspen');
  });
});
