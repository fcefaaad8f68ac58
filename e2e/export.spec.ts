// The exported CSV is exactly the visible rows: same appointments, same order, same times (ISO 8601
// with the selected zone's offset), and ids that match the sandbox's own records.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './support/fixtures.ts';
import { onDays, sandboxRows } from './support/sandbox-rows.ts';
import { bodyRows, gotoList, readCount } from './support/list-page.ts';

const PROVIDER_LABELS: Record<string, string> = {
  caspen: 'Caspen',
  'appointment-one': 'Appointment.one',
  onlive: 'ONLIVE.SITE',
};

async function exportCsv(page: Page): Promise<{ name: string; rows: Record<string, string>[] }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const text = await readFile(await file.path(), 'utf8');
  expect(text.charCodeAt(0), 'UTF-8 BOM for spreadsheet apps').toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { name: file.suggestedFilename(), rows: parsed.data };
}

test('the CSV holds exactly the visible rows, in order, with zone offsets', async ({ page }) => {
  // Cancelled Caspen appointments in ten days of December: few enough that every row is rendered.
  const days = { from: '2026-12-01', to: '2026-12-10' };
  const expected = onDays(sandboxRows(), days.from, days.to).filter(
    (r) => r.provider === 'caspen' && r.status === 'cancelled',
  );
  expect(expected.length).toBeGreaterThan(2);
  expect(expected.length).toBeLessThan(14);
  await gotoList(page, `from=${days.from}&to=${days.to}&status=cancelled&provider=caspen&sort=-start`);
  const { shown } = await readCount(page);
  expect(shown).toBe(expected.length);
  await expect(bodyRows(page)).toHaveCount(shown);

  const { name, rows } = await exportCsv(page);
  expect(name).toBe('appointments-2026-12-01-2026-12-10.csv');
  expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());

  for (const [i, row] of rows.entries()) {
    const cells = await bodyRows(page).nth(i).getByRole('cell').allTextContents();
    const [start, , status, service, client, , , provider] = cells;
    // 2026-12-13T17:30:00+01:00 -> the cell shows 13 Dec 2026, 17:30 CET.
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}):00\+01:00$/.exec(row.start ?? '');
    expect(match, `start ${row.start}`).not.toBeNull();
    expect(start).toContain(`${Number(match?.[3])} Dec 2026, ${match?.[4]}`);
    expect(row.end).toMatch(/^2026-12-\d{2}T\d{2}:\d{2}:00\+01:00$/);
    expect(status).toBe('Cancelled');
    expect(row.status).toBe('cancelled');
    expect(service).toBe(row.service);
    expect(client).toBe(row.client_name || row.client_email || row.client_phone?.replace(/^'/, '') || '—');
    expect(provider).toBe(PROVIDER_LABELS[row.provider ?? '']);
  }
  // Sorted newest first, as on screen.
  const starts = rows.map((r) => Date.parse(r.start ?? ''));
  expect(starts).toEqual([...starts].sort((a, b) => b - a));
});

test('a large export has one line per appointment in "N of M", in another zone', async ({ page }) => {
  // 09:30 UTC at the anchor is 15:00 in Kolkata: its default days are also the 18th to the 24th,
  // but they start and end 4.5 hours earlier than Madrid's.
  const expected = onDays(sandboxRows(), '2026-11-18', '2026-11-24', 'Asia/Kolkata');
  await gotoList(page, 'tz=Asia/Kolkata');
  const { shown, total } = await readCount(page);
  expect(total).toBe(expected.length);
  expect(shown).toBe(total);
  const { rows } = await exportCsv(page);
  expect(rows.map((r) => `${r.provider}:${r.id}`).sort()).toEqual(
    expected.map((r) => `${r.provider}:${r.id}`).sort(),
  );
  for (const row of rows) expect(row.start).toMatch(/^2026-11-(1[89]|2[0-5])T\d{2}:\d{2}:00\+05:30$/);
});

test('phone numbers export as given; cells that would run stay neutralised, however disguised', async ({
  page,
}) => {
  const disguised = [' =1+1', '＝HYPERLINK("http://evil.example")', '\t=1', '＠SUM(A1)'];
  // Provider text as a hostile provider could send it: the first ONLIVE.SITE titles of the window.
  await page.route(/\/api\/mirror\/onlive\/appointments\?/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { records?: { title?: string | null }[] };
    body.records?.slice(0, disguised.length).forEach((item, i) => (item.title = disguised[i]!));
    await route.fulfill({ response, json: body });
  });
  await gotoList(page, 'provider=onlive');
  const { rows } = await exportCsv(page);
  const titles = rows.map((r) => r.title);
  // The normaliser trims provider text; whatever is left of each still gets its quote.
  for (const cell of disguised) expect(titles).toContain(`'${cell.trim()}`);
  const phones = rows.map((r) => r.client_phone).filter((p) => p !== '');
  expect(phones.length).toBeGreaterThan(0);
  for (const phone of phones) expect(phone).toMatch(/^\+?\d[\d ]+$/);
});
