import { test, expect } from './fixtures';
import { PortalPage } from './pages/portal-page';
import { t } from './pages/strings';

const ORG = {
  orgName: 'Acme Couriers',
  region: 'PL',
  adminName: 'Ola Kowalska',
  adminPhone: '601234567',
};

test('the organization and its users survive a reload', async ({ portal, page }) => {
  await portal.goto();
  await portal.onboard(ORG);
  const dialog = await portal.openAddOne();
  await dialog.fillOne({ phone: '501 000 333', name: 'Ewa Trwała' });
  await dialog.submitOne();
  await expect(dialog.root.getByRole('status')).toHaveText(
    t('add.added', { phone: '+48501000333' }),
  );
  await dialog.close();

  await page.reload();

  await expect(portal.actingAs).toHaveText('Acting as Ola Kowalska · Org admin');
  await expect(page.getByText(ORG.orgName, { exact: true })).toBeVisible();
  await expect(portal.status).toHaveText(t('directory.count', { count: 2 }));
  await expect(portal.row('+48501000333')).toContainText('Ewa Trwała');
});

test('two tabs see each other’s changes without a reload', async ({ portal, context }) => {
  await portal.goto();
  await portal.onboard(ORG);

  const other = new PortalPage(await context.newPage());
  await other.goto();
  await expect(other.actingAs).toHaveText('Acting as Ola Kowalska · Org admin');
  await expect(other.status).toHaveText(t('directory.count', { count: 1 }));
  await other.search('Nowy');
  await expect(other.status).toHaveText(t('directory.searchCount', { count: 0 }));

  // Tab A adds a user; tab B's count and its open search update live.
  const dialog = await portal.openAddOne();
  await dialog.fillOne({ phone: '501 000 444', name: 'Nowy Kolega' });
  await dialog.submitOne();
  await expect(dialog.root.getByRole('status')).toHaveText(
    t('add.added', { phone: '+48501000444' }),
  );

  await expect(other.status).toHaveText(t('directory.searchCount', { count: 1 }));
  await expect(other.row('+48501000444')).toContainText('Nowy Kolega');
  await other.search('');
  await expect(other.status).toHaveText(t('directory.count', { count: 2 }));

  // And back: tab B deletes the user, tab A's list loses it.
  await dialog.close();
  await expect(portal.row('+48501000444')).toBeVisible();
  await other.selectUser('+48501000444');
  await other.deleteSelected(1);
  await expect(portal.row('+48501000444')).toHaveCount(0);
  await expect(portal.status).toHaveText(t('directory.count', { count: 1 }));
});
