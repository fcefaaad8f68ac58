// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor as rtlWaitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderId } from '../contract/providers.ts';
import { AdaptersProvider } from '../src/providers/adapters-context.tsx';
import type { Range } from '../src/domain/range.ts';
import { useAppointment } from '../src/providers/use-appointment.ts';
import { useAppointmentLists } from '../src/providers/use-appointment-lists.ts';
import { callsTo, createStack, type Stack, type StackOptions } from './support/stack.ts';

afterEach(() => cleanup());

// Generous: the whole proxy + sandbox path runs in this process, on a shared 2-core machine.
const waitFor = (assertion: () => void, options: { timeout?: number } = {}) =>
  rtlWaitFor(assertion, { timeout: 10_000, ...options });

const ANCHOR = Date.UTC(2025, 4, 15, 9);
const DAY = 86_400_000;
const MAY: Range = {
  from: ANCHOR - 14 * DAY,
  to: ANCHOR + 14 * DAY,
};
const JUNE: Range = {
  from: ANCHOR + 14 * DAY,
  to: ANCHOR + 44 * DAY,
};
const LIST_PATH: Record<ProviderId, string> = {
  caspen: 'appointments',
  'appointment-one': 'appointment',
  onlive: 'appointments',
};

function setup(options: StackOptions = {}) {
  const stack = createStack({ ...options, sandbox: { anchorMs: ANCHOR, size: 150, ...options.sandbox } });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <AdaptersProvider adapters={stack.adapters} fetch={stack.fetch}>
        {children}
      </AdaptersProvider>
    </QueryClientProvider>
  );
  return { stack, client, wrapper };
}

const settled = (states: { status: string; isFetching: boolean }[]) =>
  states.every((s) => s.status !== 'loading' && !s.isFetching);
const listCalls = (stack: Stack, provider: ProviderId) =>
  callsTo(stack, provider, LIST_PATH[provider]).length;

describe('useAppointmentLists', () => {
  it('keeps the other providers when one fails', async () => {
    const { wrapper } = setup({ sandbox: { faults: { onlive: { clockSkewMs: 3_600_000 } } } });
    const { result } = renderHook(() => useAppointmentLists(MAY), { wrapper });
    await waitFor(() => expect(settled(result.current)).toBe(true));

    const [caspen, appointmentOne, onlive] = result.current;
    expect(caspen).toMatchObject({ provider: 'caspen', enabled: true, status: 'ok', error: null });
    expect(appointmentOne).toMatchObject({ provider: 'appointment-one', status: 'ok' });
    expect(caspen?.appointments).toHaveLength(150);
    expect(appointmentOne?.appointments).toHaveLength(150);
    expect(onlive).toMatchObject({ provider: 'onlive', status: 'error', appointments: [] });
    expect(onlive?.error).toMatchObject({ provider: 'onlive', kind: 'auth' });
    expect(caspen?.progress).toMatchObject({ pagesFetched: 2, itemsFetched: 150, totalPages: null });
    expect(caspen?.updatedAt).toEqual(expect.any(Number));
  });

  it('refetches only ONLIVE.SITE when the range changes', async () => {
    const { stack, wrapper } = setup();
    const { result, rerender } = renderHook(({ range }) => useAppointmentLists(range), {
      wrapper,
      initialProps: { range: MAY },
    });
    await waitFor(() =>
      expect(settled(result.current) && result.current.every((s) => s.status === 'ok')).toBe(true),
    );
    const before = {
      caspen: listCalls(stack, 'caspen'),
      one: listCalls(stack, 'appointment-one'),
      onlive: listCalls(stack, 'onlive'),
    };
    const caspenList = result.current[0]?.appointments;

    rerender({ range: JUNE });
    await waitFor(() => expect(listCalls(stack, 'onlive')).toBeGreaterThan(before.onlive));
    await waitFor(() => expect(settled(result.current)).toBe(true));
    expect(listCalls(stack, 'caspen')).toBe(before.caspen);
    expect(listCalls(stack, 'appointment-one')).toBe(before.one);
    expect(result.current[0]?.appointments).toBe(caspenList);
    const onliveStarts = result.current[2]?.appointments.map((a) => a.startMs) ?? [];
    expect(onliveStarts.every((ms) => ms >= JUNE.from && ms < JUNE.to)).toBe(true);
  });

  it('never fetches a provider the proxy reports as disabled', async () => {
    const { stack, wrapper } = setup({ env: { APPOINTMENT_ONE_API_KEY: '' } });
    const { result } = renderHook(() => useAppointmentLists(MAY), { wrapper });
    await waitFor(() => expect(settled(result.current)).toBe(true));
    expect(result.current[1]).toMatchObject({
      provider: 'appointment-one',
      enabled: false,
      status: 'disabled',
      appointments: [],
    });
    expect(result.current[0]?.status).toBe('ok');
    expect(stack.upstreamCalls.filter((c) => c.provider === 'appointment-one')).toEqual([]);
  });

  it('retry() fetches the failed provider again', async () => {
    const { stack, wrapper } = setup({ sandbox: { faults: { caspen: { status: 503 } } } });
    const { result } = renderHook(() => useAppointmentLists(MAY), { wrapper });
    // The error is said from the first failure, with when the automatic retry starts; 503 is
    // retryable, so the retries (1 s, then 2 s) still run before the hook gives up.
    await waitFor(() => expect(result.current[0]?.status).toBe('error'));
    expect(result.current[0]?.retryAt).not.toBeNull();
    await waitFor(() => expect(result.current[0]?.isFetching).toBe(false), { timeout: 10_000 });
    expect(result.current[0]?.retryAt).toBeNull();
    expect(listCalls(stack, 'caspen')).toBe(3);
    stack.sandbox.faults.clear('caspen');
    result.current[0]?.retry();
    await waitFor(() => expect(result.current[0]?.status).toBe('ok'));
    expect(result.current[0]?.appointments).toHaveLength(150);
  }, 30_000);
});

describe('useAppointment', () => {
  it('shows an appointment from a cached list at once, without another request', async () => {
    const { stack, wrapper } = setup();
    const lists = renderHook(() => useAppointmentLists(MAY), { wrapper });
    await waitFor(() => expect(lists.result.current[0]?.status).toBe('ok'));
    const id = lists.result.current[0]!.appointments[5]!.id;
    const before = stack.upstreamCalls.length;

    const { result } = renderHook(() => useAppointment('caspen', id), { wrapper });
    expect(result.current.data?.id).toBe(id);
    expect(result.current.isSuccess).toBe(true);
    expect(stack.upstreamCalls.length).toBe(before);
  });

  it('fetches a deep-linked appointment, and reports not-found as a ProviderError', async () => {
    const { stack, wrapper } = setup();
    const wire = stack.sandbox.data.onlive.appointments[0]!;
    const { result } = renderHook(() => useAppointment('onlive', wire.id), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ id: wire.id, provider: 'onlive' });

    const missing = renderHook(() => useAppointment('onlive', '00000000-0000-4000-8000-000000000000'), {
      wrapper,
    });
    await waitFor(() => expect(missing.result.current.isError).toBe(true));
    expect(missing.result.current.error).toMatchObject({ kind: 'not-found' });
  });
});
