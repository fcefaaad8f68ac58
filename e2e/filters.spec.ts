// Each filter narrows the list exactly as the sandbox data says, and each facet count says what ticking
// it would give. Expected numbers come from the wire data (support/sandbox-rows.ts), not from the app.
import { expect, test } from './support/fixtures.ts';
import {
  closePopover,
  expectCount,
  expectOptionCounts,
  filterBar,
  openDates,
  openFilter,
} from './support/filter-bar.ts';
import {
  countBy,
  DEFAULT_DAYS,
  onDays,
  sandboxRows,
  type Status,
  type WireRow,
} from './support/sandbox-rows.ts';
import { bodyRows, gotoList } from './support/list-page.ts';

const STATUS_NAMES: Record<Status, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  no_show: 'No-show',
  cancelled: 'Cancelled',
  other: 'Other',
};
const PROVIDER_NAMES = {
  caspen: 'Caspen',
  'appointment-one': 'Appointment.one',
  onlive: 'ONLIVE.SITE',
} as const;

const inDefault = onDays(sandboxRows(), DEFAULT_DAYS.from, DEFAULT_DAYS.to);
const total = inDefault.length;

function named<K extends string>(counts: Map<K, number>, names: Record<K, string>): Map<string, number> {
  return new Map([...counts].map(([k, n]) => [names[k], n]));
}

test('the default view lists every appointment from today to 7 days ahead', async ({ page }) => {
  expect(total).toBeGreaterThan(50);
  await gotoList(page);
  await expectCount(page, total, total);
});

test('status: counts per status, several can be ticked', async ({ page }) => {
  await gotoList(page);
  const dialog = await openFilter(page, 'Status');
  await expectOptionCounts(
    dialog,
    named(
      countBy(inDefault, (r) => r.status),
      STATUS_NAMES,
    ),
  );
  await dialog.getByRole('checkbox', { name: 'Cancelled', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'No-show', exact: true }).check();
  await closePopover(page);
  const expected = inDefault.filter((r) => r.status === 'cancelled' || r.status === 'no_show').length;
  await expectCount(page, expected, total);
  await expect(page).toHaveURL(/[?&]status=no_show,cancelled(&|$)/);
});

test('provider: counts per provider, and the other facets follow the provider filter', async ({ page }) => {
  await gotoList(page);
  let dialog = await openFilter(page, 'Provider');
  await expectOptionCounts(
    dialog,
    named(
      countBy(inDefault, (r) => r.provider),
      PROVIDER_NAMES,
    ),
  );
  await dialog.getByRole('checkbox', { name: 'ONLIVE.SITE' }).check();
  await closePopover(page);
  const onlive = inDefault.filter((r) => r.provider === 'onlive');
  await expectCount(page, onlive.length, total);
  // Status counts now say what ticking a status would give among ONLIVE.SITE rows.
  dialog = await openFilter(page, 'Status');
  await expectOptionCounts(
    dialog,
    named(
      countBy(onlive, (r) => r.status),
      STATUS_NAMES,
    ),
  );
});

test('service: searchable, grouped by provider, with counts', async ({ page }) => {
  await gotoList(page);
  const dialog = await openFilter(page, 'Service');
  const groups = dialog.getByRole('group');
  await expect(groups).toHaveCount(3);
  await expect(dialog.getByRole('group', { name: 'Caspen' }).getByRole('checkbox')).toHaveCount(
    countBy(inDefault, (r) => (r.provider === 'caspen' ? r.service : null)).size,
  );
  const names = countBy(inDefault, (r) => r.serviceName);
  await expectOptionCounts(dialog, names);
  await dialog.getByRole('searchbox', { name: 'Search service options' }).fill('consult');
  const consult = [...names.keys()].filter((n) => n.toLowerCase().includes('consult'));
  await expect(dialog.getByRole('checkbox')).toHaveCount(consult.length);
  await dialog.getByRole('checkbox', { name: 'Video consultation' }).check();
  await dialog.getByRole('checkbox', { name: 'Initial consultation' }).check();
  await closePopover(page);
  const expected = inDefault.filter(
    (r) => r.serviceName === 'Video consultation' || r.serviceName === 'Initial consultation',
  );
  await expectCount(page, expected.length, total);
  await expect(page).toHaveURL(/[?&]service=caspen:ser_[^&]+,onlive:[0-9a-f-]+(&|$)/);
});

// The sandbox's Madrid site, as ONLIVE.SITE appointments there give their address (Caspen's clinic
// there has the same name: another provider's place, another option).
const MADRID = 'Calle de Serrano 41, Madrid';

test("location: each provider's places (ONLIVE.SITE: the appointment's address)", async ({ page }) => {
  await gotoList(page);
  const dialog = await openFilter(page, 'Location');
  for (const [provider, name] of Object.entries(PROVIDER_NAMES)) {
    await expectOptionCounts(
      dialog.getByRole('group', { name }),
      countBy(
        inDefault.filter((r) => r.provider === provider),
        (r) => r.locationName,
      ),
    );
  }
  await dialog.getByRole('group', { name: 'ONLIVE.SITE' }).getByRole('checkbox', { name: MADRID }).check();
  await dialog
    .getByRole('group', { name: 'Appointment.one' })
    .getByRole('checkbox', { name: 'Zoom' })
    .check();
  await closePopover(page);
  const expected = inDefault.filter(
    (r) =>
      (r.provider === 'onlive' && r.locationName === MADRID) ||
      (r.provider === 'appointment-one' && r.locationName === 'Zoom'),
  );
  await expectCount(page, expected.length, total);
});

test('date range: presets and a custom range change M', async ({ page }) => {
  await gotoList(page);
  let dialog = await openDates(page);
  await dialog.getByRole('button', { name: 'Today' }).click();
  const today = onDays(sandboxRows(), '2026-11-18', '2026-11-18').length;
  await expectCount(page, today, today);
  await expect(page).toHaveURL(/[?&]from=2026-11-18&to=2026-11-18(&|$)/);
  await expect(filterBar(page).getByRole('button', { name: /^Dates:/ })).toContainText('Today');

  dialog = await openDates(page);
  await dialog.getByLabel('From', { exact: true }).fill('2026-12-01');
  await dialog.getByLabel('To', { exact: true }).fill('2026-12-24');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  const custom = onDays(sandboxRows(), '2026-12-01', '2026-12-24').length;
  await expectCount(page, custom, custom);
  await expect(page).toHaveURL(/[?&]from=2026-12-01&to=2026-12-24(&|$)/);
});

test('Clear all clears the chips and keeps a picked date range', async ({ page }) => {
  await gotoList(page, 'from=2026-12-01&to=2026-12-24&status=cancelled');
  await filterBar(page).getByRole('button', { name: 'Clear all' }).click();
  const custom = onDays(sandboxRows(), '2026-12-01', '2026-12-24').length;
  await expectCount(page, custom, custom);
  await expect(page).toHaveURL(/\/appointments\?from=2026-12-01&to=2026-12-24$/);
});

test('free text: case-insensitive over e-mail (and the rest), rows shown are the matches', async ({
  page,
}) => {
  const days = { from: '2026-11-01', to: '2026-12-31' };
  const inRange = onDays(sandboxRows(), days.from, days.to);
  const matches: WireRow[] = inRange.filter((r) => r.email === 'maria.ivanova@example.ru');
  expect(matches.length).toBeGreaterThan(3);
  await gotoList(page, `from=${days.from}&to=${days.to}`);
  await filterBar(page).getByRole('searchbox', { name: 'Search' }).fill('MARIA.IVANOVA@EXAMPLE.RU');
  await expectCount(page, matches.length, inRange.length);
  await expect(page).toHaveURL(/[?&]q=MARIA\.IVANOVA@EXAMPLE\.RU(&|$)/);
  await expect(bodyRows(page)).toHaveCount(matches.length);
  const providers = matches.map((r) => PROVIDER_NAMES[r.provider]).sort();
  const shown = await bodyRows(page)
    .getByRole('cell')
    .filter({ hasText: /^(Caspen|Appointment\.one|ONLIVE\.SITE)$/ })
    .allTextContents();
  expect(shown.sort()).toEqual(providers);
});

test('active filters show as chips; removing one and Clear all restore the rows', async ({ page }) => {
  await gotoList(page, 'status=cancelled&provider=caspen');
  const chips = filterBar(page).getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveText([
    /Status:\s*Cancelled/,
    /Provider:\s*Caspen/,
    'Clear all',
  ]);
  await chips.getByRole('button', { name: 'Remove filter Provider: Caspen' }).click();
  await expectCount(page, inDefault.filter((r) => r.status === 'cancelled').length, total);
  await chips.getByRole('button', { name: 'Clear all' }).click();
  await expectCount(page, total, total);
  await expect(page).toHaveURL(/\/appointments$/);
  await expect(chips).toHaveCount(0);
});
