import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import Papa from 'papaparse';
import type { Appointment } from '../../../domain/appointment.ts';
import { testAppointment } from '../../../test-support/test-appointment.ts';
import { ExportButton } from './export-button.tsx';

const row = testAppointment({
  id: 'app_1',
  title: 'Check-up, annual',
  service: { id: 'ser_1', name: 'Physio' },
  start: '2026-11-18T09:30:00.000Z',
  end: '2026-11-18T10:00:00.000Z',
  client: { name: 'Ana', email: null, phone: null },
});

function renderAt(path: string, rows: Appointment[]) {
  const router = createMemoryRouter(
    [{ path: '/appointments', element: <ExportButton rows={rows} timeZone="Europe/Madrid" /> }],
    {
      initialEntries: [path],
    },
  );
  render(<RouterProvider router={router} />);
}

afterEach(() => vi.restoreAllMocks());

describe('ExportButton', () => {
  it('downloads the rows as appointments-<from>-<to>.csv', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    renderAt('/appointments?from=2026-11-01&to=2026-11-30', [row]);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    // The CSV builder (with papaparse) is a lazy chunk: give its first load a realistic budget.
    expect(await screen.findByText('Exported 1 appointment.', {}, { timeout: 5_000 })).toBeTruthy();
    expect(clicks[0]?.download).toBe('appointments-2026-11-01-2026-11-30.csv');
    const text = await blobs[0]!.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[1]?.slice(0, 4)).toEqual([
      'caspen',
      'app_1',
      '2026-11-18T10:30:00+01:00',
      '2026-11-18T11:00:00+01:00',
    ]);
    expect(parsed[1]?.[13]).toBe('Check-up, annual');
  }, 10_000);

  it('is disabled when there is nothing to export', () => {
    renderAt('/appointments', []);
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
