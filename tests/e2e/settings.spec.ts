import { test, expect } from './fixtures';
import { writeBulkUsersCsv } from './pages/import-files';
import { ImportHistory } from './pages/import-history';
import { PortalPage } from './pages/portal-page';
import { t } from './pages/strings';

/** Every form shows what is stored now (issue 10: Settings kept the old organization). */

test('after Load demo organization, Settings shows the demo, and Save keeps it', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.onboard({
    orgName: 'Acme Ltd',
    region: 'IN',
    adminName: 'Ada Admin',
    adminPhone: '98765 43210',
  });
  await portal.openSettings();
  const name = page.getByLabel(t('field.orgName'), { exact: true });
  const region = page.getByLabel(t('field.region'), { exact: true });
  await expect(name).toHaveValue('Acme Ltd');
  await expect(region).toHaveValue('IN');

  await page.getByRole('button', { name: t('settings.loadDemo'), exact: true }).click();
  await page.getByRole('button', { name: t('settings.loadDemoConfirm'), exact: true }).click();
  await expect(page.getByText('Contoso Logistics', { exact: true }).first()).toBeVisible();
  await expect(name).toHaveValue('Contoso Logistics');
  await expect(region).toHaveValue('PL');

  // Save now writes what the form shows — the demo's name and region, not Acme's.
  await page.getByRole('button', { name: t('common.save'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('settings.saved') })).toBeVisible();
  await expect(name).toHaveValue('Contoso Logistics');
  await expect(region).toHaveValue('PL');
  await page.reload();
  await portal.openSettings();
  await expect(name).toHaveValue('Contoso Logistics');
  await expect(region).toHaveValue('PL');
});

test('a change saved in Settings stays in the form after it is saved', async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSettings();
  const name = page.getByLabel(t('field.orgName'), { exact: true });
  await name.fill('Contoso Logistics Sp. z o.o.');
  await page.getByRole('button', { name: t('common.save'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('settings.saved') })).toBeVisible();
  await expect(name).toHaveValue('Contoso Logistics Sp. z o.o.');
});

/** "987 kB used of 10.7 GB available to this site." → the bytes used (987,000). */
function bytesUsed(text: string): number {
  const found = /^([\d.,]+) ([kMG]?)B used of [\d.,]+ [kMGT]?B available to this site\.$/.exec(
    text,
  );
  if (!found) throw new Error(`not a storage figure: ${text}`);
  return Number(found[1]!.replace(/,/g, '')) * 1000 ** ' kMG'.indexOf(found[2] || ' ');
}

test('Settings shows the storage used, and the figure follows an import made in another tab', async ({
  portal,
  page,
  context,
}, testInfo) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSettings();
  const used = page.getByText(/ used of .+ available to this site\.$/);
  const before = bytesUsed(await used.innerText());
  expect(before).toBeGreaterThan(0);

  // Settings stays open in this tab while another tab imports 5,000 users.
  const other = new PortalPage(await context.newPage());
  await other.goto();
  const dialog = await other.openImportUsers('employee');
  await dialog.selectFile(await writeBulkUsersCsv(testInfo.outputPath('bulk.csv'), 5_000));
  await dialog.upload();
  await new ImportHistory(other.page).expectStatus('bulk.csv', 'completed', 60_000);
  // The figure in the first tab grows by the imported users without a reload.
  await expect
    .poll(async () => bytesUsed(await used.innerText()), { timeout: 15_000 })
    .toBeGreaterThan(before + 250_000);

  // Keep data persistent: the browser's answer is said, whichever it is.
  await page.getByRole('button', { name: t('settings.persist'), exact: true }).click();
  const said = page.getByRole('status');
  await expect(
    said
      .getByText(t('settings.persistGranted'), { exact: true })
      .or(said.getByText(t('settings.persistRefused'), { exact: true })),
  ).toBeVisible();
});
