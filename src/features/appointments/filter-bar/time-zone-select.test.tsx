import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { knownTimeZones } from '../../../lib/time-zones.ts';
import { TimeZoneSelect } from './time-zone-select.tsx';

const options = () => screen.getAllByRole('option').map((o) => (o as HTMLOptionElement).value);

describe('TimeZoneSelect', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('renders the browser zone and the chosen one first, every zone once the browser is idle', async () => {
    render(<TimeZoneSelect value="Asia/Tokyo" onChange={() => {}} />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Time zone' });
    expect(options()).toHaveLength(2);
    expect(select.value).toBe('Asia/Tokyo');
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(options().length).toBe(knownTimeZones().length);
    expect(select.value).toBe('Asia/Tokyo');
  });

  it('has every zone as soon as it is focused or pressed, before its popup opens', () => {
    for (const open of [fireEvent.focus, fireEvent.pointerDown]) {
      const { unmount } = render(<TimeZoneSelect value="UTC" onChange={() => {}} />);
      open(screen.getByRole('combobox', { name: 'Time zone' }));
      expect(options()).toContain('America/New_York');
      unmount();
    }
  });

  it('keeps an alias from the address selectable', async () => {
    render(<TimeZoneSelect value="US/Eastern" onChange={() => {}} />);
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(options()).toContain('US/Eastern');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Time zone' }).value).toBe('US/Eastern');
  });
});
