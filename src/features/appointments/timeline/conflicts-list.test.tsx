import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import type { Appointment } from '../../../domain/appointment.ts';
import { findConflicts } from '../../../domain/day/overlaps.ts';
import { sampleAppointment } from '../../../test-support/test-appointment.ts';
import { ConflictsList, FIRST_CONFLICTS } from './conflicts-list.tsx';

function Where() {
  return <output aria-label="Path">{useLocation().pathname}</output>;
}

/** `count` appointments of one staff member at the same time: every pair is a conflict. */
function renderList(count: number) {
  const rows = Array.from({ length: count }, (_, i) =>
    sampleAppointment(i, {
      provider: 'caspen',
      start: '2026-11-18T09:00:00Z',
      status: 'confirmed',
      staff: { id: 's1', name: 'Ana' },
    }),
  );
  const conflicts = findConflicts(rows);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const hrefFor = (a: Appointment) => `/appointments/${a.provider}/${a.id}`;
  const element = (
    <>
      <ConflictsList conflicts={conflicts} byKey={byKey} timeZone="UTC" hrefFor={hrefFor} />
      <Where />
    </>
  );
  const router = createMemoryRouter(
    [
      { path: '/', element },
      { path: '/appointments/:provider/:id', element },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return { conflicts, region: screen.getByRole('region', { name: /conflicts/i }) };
}

describe('ConflictsList', () => {
  it('says the count, lists the first ones and offers the rest', async () => {
    const { conflicts, region } = renderList(10); // 45 pairs of the same staff member
    expect(within(region).getByRole('heading').textContent).toBe(`Conflicts: ${conflicts.length} overlaps`);
    expect(within(region).getAllByRole('listitem')).toHaveLength(FIRST_CONFLICTS);
    const toggle = within(region).getByRole('button', { name: `Show all ${conflicts.length}` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(within(region).getAllByRole('listitem')).toHaveLength(conflicts.length);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe(`Show the first ${FIRST_CONFLICTS}`);
    expect(document.activeElement).toBe(toggle);
  });

  it('has no toggle when every conflict fits, and its plain links navigate in the app', async () => {
    const { region } = renderList(2);
    expect(within(region).getByRole('heading').textContent).toBe('Conflicts: 1 overlap');
    expect(within(region).queryByRole('button')).toBeNull();
    const [, second] = within(region).getAllByRole('link');
    expect(second?.getAttribute('href')).toBe('/appointments/caspen/apt-1');
    await userEvent.click(second!);
    expect(screen.getByRole('status', { name: 'Path' }).textContent).toBe('/appointments/caspen/apt-1');
  });
});
