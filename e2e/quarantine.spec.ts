// A record that breaks its documented wire format is left out and explained in a notice.
import { expect, test, ON_PASSTHROUGH } from './support/fixtures.ts';
import { expectListSettled } from './support/list-page.ts';

// These specs inject provider faults: they run where each tab pages its providers (stack.ts).
test.use(ON_PASSTHROUGH);

test('an invalid record produces the quarantine notice with its details', async ({ page, sandbox }) => {
  await sandbox.setFault('caspen', { invalidRecord: true });
  await page.goto('/appointments');
  await expectListSettled(page);
  const notice = page.getByRole('status').filter({ hasText: /left out/ });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/\d+ records? (was|were) left out/);
  await notice.getByText(/Show details/).click();
  const details = notice.getByRole('table', { name: 'Records left out' });
  await expect(details).toBeVisible();
  await expect(details.getByRole('columnheader')).toHaveText(['Provider', 'Record id', 'Field', 'Problem']);
  await expect(details.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('Caspen');
});
