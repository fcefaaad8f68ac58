import { act, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../domain/appointment.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import { testAppointment } from '../../../test-support/test-appointment.ts';
import { useHeldLists } from './use-held-lists.ts';

function caspen(appointments: Appointment[], updatedAt: number | null = 1): ProviderListState {
  return {
    provider: 'caspen',
    enabled: true,
    status: 'ok',
    appointments,
    quarantined: [],
    progress: null,
    error: null,
    retryAt: null,
    isFetching: false,
    updatedAt,
    sync: null,
    retry: () => undefined,
  };
}

function Probe({ lists, scope }: { lists: ProviderListState[]; scope: string }) {
  const region = useRef<HTMLDivElement>(null);
  const held = useHeldLists(lists, scope, region);
  return (
    <>
      <div ref={region} data-testid="rows">
        {held.lists[0]!.appointments.map((a) => (
          <button key={a.key}>{a.id}</button>
        ))}
      </div>
      <output>{held.pending}</output>
      <button onClick={held.show}>Show</button>
    </>
  );
}

const shownIds = () =>
  Array.from(screen.getByTestId('rows').querySelectorAll('button'), (b) => b.textContent);

describe('useHeldLists', () => {
  const a = testAppointment({ id: 'a' });
  const b = testAppointment({ id: 'b' });

  it('applies refreshes at once while the staff member is not in the list', () => {
    const { rerender } = render(<Probe lists={[caspen([a])]} scope="r1" />);
    rerender(<Probe lists={[caspen([a, b])]} scope="r1" />);
    expect(shownIds()).toEqual(['a', 'b']);
    expect(screen.getByRole('status').textContent).toBe('0');
  });

  it('holds them while the pointer is over the rows, then applies them on leaving', () => {
    const { rerender } = render(<Probe lists={[caspen([a])]} scope="r1" />);
    fireEvent.pointerEnter(screen.getByTestId('rows'));
    rerender(<Probe lists={[caspen([a, b])]} scope="r1" />);
    expect(shownIds()).toEqual(['a']);
    expect(screen.getByRole('status').textContent).toBe('1');
    fireEvent.pointerLeave(screen.getByTestId('rows'));
    expect(shownIds()).toEqual(['a', 'b']);
  });

  it('holds them while focus is in the rows, and Show applies them', () => {
    const { rerender } = render(<Probe lists={[caspen([a])]} scope="r1" />);
    act(() => screen.getByRole('button', { name: 'a' }).focus());
    rerender(<Probe lists={[caspen([a, b])]} scope="r1" />);
    expect(shownIds()).toEqual(['a']);
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(shownIds()).toEqual(['a', 'b']);
  });

  it('holds the first booking of a range that had none, and applies a first answer at once', () => {
    const { rerender } = render(<Probe lists={[caspen([], null)]} scope="r1" />);
    fireEvent.pointerEnter(screen.getByTestId('rows'));
    rerender(<Probe lists={[caspen([])]} scope="r1" />);
    rerender(<Probe lists={[caspen([a])]} scope="r1" />);
    expect(shownIds()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('1');
    const { rerender: again } = render(<Probe lists={[caspen([], null)]} scope="r1" />);
    fireEvent.pointerEnter(screen.getAllByTestId('rows')[1]!);
    again(<Probe lists={[caspen([b])]} scope="r1" />);
    expect(
      Array.from(screen.getAllByTestId('rows')[1]!.querySelectorAll('button'), (x) => x.textContent),
    ).toEqual(['b']);
  });

  it('applies a new date range at once, whatever the pointer', () => {
    const { rerender } = render(<Probe lists={[caspen([a])]} scope="r1" />);
    fireEvent.pointerEnter(screen.getByTestId('rows'));
    rerender(<Probe lists={[caspen([b])]} scope="r2" />);
    expect(shownIds()).toEqual(['b']);
  });
});
