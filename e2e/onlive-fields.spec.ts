// ONLIVE.SITE staff and location come from the documented fields (onlive.md): the staff member is the
// agent calendar, the location the appointment's own address; the row and the panel show the same.
import { expect, test } from './support/fixtures.ts';
import { appointmentsTable, bodyRows, detailPanel, gotoList, rowLink } from './support/list-page.ts';
import { DEFAULT_DAYS, onDays, sandboxRows } from './support/sandbox-rows.ts';

test("an ONLIVE.SITE row's Staff and Location equal the panel's", async ({ page }) => {
  const wire = onDays(sandboxRows(), DEFAULT_DAYS.from, DEFAULT_DAYS.to).find(
    (r) => r.provider === 'onlive' && r.locationName !== null && r.status !== 'cancelled',
  );
  expect(wire, 'an ONLIVE.SITE appointment with an address in the default days').toBeDefined();
  // The search covers the id, so one row is left.
  await gotoList(page, `provider=onlive&q=${wire!.id}`);
  await expect(bodyRows(page)).toHaveCount(1);
  const headers = await appointmentsTable(page).getByRole('columnheader').allTextContents();
  const cells = bodyRows(page).first().getByRole('cell');
  const staff = (await cells.nth(headers.indexOf('Staff')).textContent()) ?? '';
  const location = (await cells.nth(headers.indexOf('Location')).textContent()) ?? '';
  expect(location).toBe(wire!.locationName);
  expect(staff).not.toBe('');
  expect(staff).not.toBe(location);

  await rowLink(bodyRows(page).first()).click();
  const field = (section: string, label: string) =>
    detailPanel(page)
      .getByRole('region', { name: section, exact: true })
      .locator('.detail-field')
      .filter({ has: page.getByText(label, { exact: true }) })
      .getByRole('definition');
  await expect(field('Who', 'Staff')).toHaveText(staff);
  await expect(field('Where', 'Location')).toHaveText(location);
});
