// Opening /appointments/<provider>/<id> directly (a shared link, a reload) shows names, not ids:
// client, staff, location and service resolve for every provider.
import { expect, test } from './support/fixtures.ts';
import { sandboxRows } from './support/sandbox-rows.ts';
import { detailPanel } from './support/list-page.ts';

for (const provider of ['caspen', 'appointment-one', 'onlive'] as const) {
  test(`a deep link to a ${provider} appointment shows names`, async ({ page }) => {
    // One far from the default range, so no list has it cached: the panel fetches it alone.
    const row = sandboxRows().find((r) => r.provider === provider && r.startMs < Date.parse('2026-09-01'));
    await page.goto(`/appointments/${provider}/${encodeURIComponent(row!.id)}`);
    const panel = detailPanel(page);
    await expect(panel.getByRole('heading', { name: 'When' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Who' })).toBeVisible();
    if (row!.serviceName) await expect(panel.getByText(row!.serviceName).first()).toBeVisible();
    // Who, where and what: provider ids (pra_…, loc_…, UUIDs) never stand in for names there.
    const id = /^((pra|loc|cli|ser|roo)_\w+|[0-9a-f-]{36})$/;
    for (const name of ['Who', 'Where', 'Service']) {
      const section = panel.getByRole('region', { name, exact: true });
      await expect(section.getByText('Unknown')).toHaveCount(0);
      await expect(section.getByText(id)).toHaveCount(0);
    }
  });
}
