import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Appointment } from '../../../domain/appointment.ts';
import { sampleAppointment } from '../../../test-support/test-appointment.ts';
import { neighbours } from './detail-context.ts';
import { AppointmentDetail, DetailMessage } from './detail-panel.tsx';

const SCRIPT = 'Allergic to latex. <script>alert("xss")</script> Call before arriving.';

function renderDetail(appointment: Appointment, rows: Appointment[] = [appointment]) {
  const visited: string[] = [];
  let closed = 0;
  const nav = neighbours(rows, appointment.key, (a) => visited.push(a.key));
  render(
    <AppointmentDetail
      appointment={appointment}
      timeZone="Europe/Madrid"
      nav={nav}
      onClose={() => (closed += 1)}
    />,
  );
  return {
    visited,
    closed: () => closed,
    panel: screen.getByRole('complementary', { name: 'Appointment details' }),
  };
}

describe('AppointmentDetail', () => {
  it('has every section the issue lists, and focuses its heading on open', () => {
    const { panel } = renderDetail(sampleAppointment(1));
    const sections = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(sections).toEqual([
      'When',
      'Who',
      'Where',
      'Service',
      'Status history',
      'Notes',
      'Provider details',
      'Raw record',
    ]);
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2, name: 'Session 1' }));
  });

  it('shows provider text as text, never as markup', () => {
    const { panel } = renderDetail(
      sampleAppointment(0, { notes: SCRIPT, title: '<img src=x onerror=alert(1)>' }),
    );
    expect(within(panel).getByText(SCRIPT)).toBeTruthy();
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>');
    expect(panel.querySelector('script, img')).toBeNull();
  });

  // Only which fields become markup is checked here: DOMPurify does not support happy-dom (it returns
  // the input unsanitised there), so sanitising itself is covered in Chromium by e2e/xss.spec.ts.
  it('renders the fields the data marks as HTML as markup, and every other field as text', async () => {
    const { panel } = renderDetail(
      sampleAppointment(1, {
        extra: { 'Event bio': '<p>Meet <b>our team</b></p>', 'Invitation title': '<i>Welcome</i>' },
        htmlFields: ['Event bio'],
      }),
    );
    // The sanitiser is a lazy chunk: loading it can take a while on a busy machine.
    expect(await within(panel).findByText('our team', { selector: 'b' }, { timeout: 5_000 })).toBeTruthy();
    expect(within(panel).getByText('<i>Welcome</i>')).toBeTruthy();
    expect(panel.querySelector('i')).toBeNull();
  }, 10_000);

  it('shows provider HTML as text when the data does not mark it, whatever its label', () => {
    const { panel } = renderDetail(sampleAppointment(1, { extra: { 'Event bio': '<b>bold</b>' } }));
    expect(within(panel).getByText('<b>bold</b>')).toBeTruthy();
    expect(panel.querySelector('b')).toBeNull();
  });

  it('links e-mail and phone of client and guests, and only http(s) meeting links', () => {
    const { panel } = renderDetail(
      sampleAppointment(2, {
        guests: [{ name: 'Guest One', email: 'guest@example.com', phone: null }],
        meetingUrl: 'javascript:alert(1)',
      }),
    );
    expect(within(panel).getByRole('link', { name: 'client2@example.com' }).getAttribute('href')).toBe(
      'mailto:client2@example.com',
    );
    expect(within(panel).getByRole('link', { name: 'guest@example.com' }).getAttribute('href')).toBe(
      'mailto:guest@example.com',
    );
    expect(within(panel).getByRole('link', { name: '+34 600 000 000' }).getAttribute('href')).toBe(
      'tel:+34600000000',
    );
    expect(within(panel).queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(within(panel).getByText('javascript:alert(1)')).toBeTruthy();
  });

  it('shows the cancellation with reason and note, and times in the chosen zone', () => {
    const { panel } = renderDetail(
      sampleAppointment(4, {
        cancellation: {
          atMs: Date.parse('2026-11-17T08:00:00.000Z'),
          reason: 'cnr_01',
          note: 'Client travelled',
        },
        timeZone: 'Asia/Tokyo',
      }),
    );
    expect(within(panel).getByText('Client travelled')).toBeTruthy();
    expect(within(panel).getByText('cnr_01')).toBeTruthy();
    expect(within(panel).getByText('Tue, 17 Nov 2026, 09:00')).toBeTruthy();
    expect(within(panel).getByText('(Asia/Tokyo)')).toBeTruthy();
  });

  it('walks previous/next over the given rows and closes', async () => {
    const rows = [sampleAppointment(0), sampleAppointment(1), sampleAppointment(2)];
    const { panel, visited, closed } = renderDetail(rows[1]!, rows);
    expect(within(panel).getByText('2 of 3')).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Next appointment' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Previous appointment' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(visited).toEqual([rows[2]!.key, rows[0]!.key]);
    expect(closed()).toBe(1);
  });

  it('disables previous/next when the appointment is not in the current list', () => {
    const { panel } = renderDetail(sampleAppointment(9), [sampleAppointment(0)]);
    expect(within(panel).getByText('Not in the current list')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Next appointment' })).toHaveProperty('disabled', true);
  });
});

describe('DetailMessage', () => {
  it('explains a failure inside the panel and offers a retry', async () => {
    let retried = 0;
    render(
      <DetailMessage
        heading="Could not load this appointment"
        message="Caspen could not be reached"
        nav={neighbours([], 'x', () => undefined)}
        onClose={() => undefined}
        onRetry={() => (retried += 1)}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Caspen could not be reached');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retried).toBe(1);
  });
});
