import { test, expect } from './fixtures';
import { GroupsPage } from './pages/groups-page';
import { t } from './pages/strings';

test('register a connector: the secret is shown once; attach it to a group; deactivate it', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('connectors');
  await page.getByRole('button', { name: t('connectors.register'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: t('connectors.field.name') }).fill('Payroll bridge');
  await dialog.getByRole('button', { name: t('connectors.register.submit'), exact: true }).click();
  const secret = dialog.getByRole('textbox', { name: t('connectors.field.secret') });
  await expect(secret).toHaveValue(/\S{20,}/);
  const shown = await secret.inputValue();
  await dialog.getByRole('button', { name: t('connectors.created.done') }).click();
  await expect(dialog).toBeHidden();
  // The list never shows the secret again.
  await expect(page.getByRole('main')).not.toContainText(shown);
  await expect(page.getByRole('row').filter({ hasText: 'Payroll bridge' })).toContainText(
    t('connectors.active'),
  );

  // Attach it on a group's Connectors tab.
  const groups = new GroupsPage(page);
  await portal.openSection('groups');
  await groups.openGroup('Head office');
  await groups.openTab('connectors');
  await page
    .getByLabel(t('connectors.group.pick'), { exact: true })
    .selectOption({ label: 'Payroll bridge' });
  await page.getByRole('button', { name: t('connectors.group.add'), exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(
    t('connectors.group.added', { name: 'Payroll bridge', group: 'Head office' }),
  );

  // Deactivated, it is still listed, marked, and no longer offered to groups.
  await portal.openSection('connectors');
  const row = page.getByRole('row').filter({ hasText: 'Payroll bridge' });
  await row
    .getByRole('button', { name: t('connectors.deactivateNamed', { name: 'Payroll bridge' }) })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('connectors.deactivate'), exact: true })
    .click();
  await expect(row).toContainText(t('connectors.inactive'));
});

test('registering a connector keeps the list filter the user chose', async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('connectors');
  const filter = (f: 'all' | 'mine') =>
    page.getByRole('radio', { name: t(`connectors.filter.${f}`), exact: true });
  const register = async (name: string) => {
    await page.getByRole('button', { name: t('connectors.register'), exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: t('connectors.field.name') }).fill(name);
    await dialog
      .getByRole('button', { name: t('connectors.register.submit'), exact: true })
      .click();
    await dialog.getByRole('button', { name: t('connectors.created.done') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  };
  await expect(filter('all')).toBeChecked();
  await register('Payroll bridge');
  await expect(filter('all')).toBeChecked();
  await filter('mine').check();
  await register('Rota feed');
  await expect(filter('mine')).toBeChecked();
});
