import { test, expect } from './fixtures';
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
