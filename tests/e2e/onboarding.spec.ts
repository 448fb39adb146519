import { test, expect } from './fixtures';
import { t, tProblem } from './pages/strings';

const ORG = {
  orgName: 'Acme Couriers',
  region: 'PL',
  adminName: 'Ola Kowalska',
  adminPhone: '601 234 567',
};

test('onboarding creates the organization and its first org admin', async ({ portal, page }) => {
  await portal.goto();
  await expect(portal.onboarding).toBeVisible();

  await portal.onboard(ORG);

  await expect(portal.actingAs).toHaveText('Acting as Ola Kowalska · Org admin');
  await expect(page.getByText(ORG.orgName, { exact: true })).toBeVisible();
  await expect(portal.onboarding).toBeHidden();
  // The admin is the first directory user, stored in E.164 with the chosen region.
  await expect(portal.status).toHaveText(t('directory.count', { count: 1 }));
  await expect(portal.row('+48601234567')).toContainText('Ola Kowalska');
  const details = await portal.openUser('+48601234567');
  await expect(details.property(t('column.orgRole'))).toHaveText(t('role.orgAdmin'));
  await expect(details.property(t('column.network'))).toHaveText(t('network.employee'));
  // Created at the pinned instant (fixtures.ts), shown in the page's time zone (UTC).
  await expect(details.property(t('column.createdAt'))).toHaveText('Mar 1, 2026, 10:00 AM');
});

test('a bad phone number in onboarding shows the field message and creates nothing', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.fillOnboarding({ ...ORG, adminPhone: '60123456a' });

  const phone = portal.onboarding.getByLabel(t('onboarding.adminPhone'), { exact: true });
  const message = tProblem({
    column: 'phone',
    value: '60123456a',
    code: 'phone.letters',
    params: { value: '60123456a', region: 'PL' },
  });
  await expect(portal.onboarding.getByText(message, { exact: true })).toBeVisible();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(message);
  // What was typed stays, so it can be corrected.
  await expect(portal.onboarding.getByLabel(t('field.orgName'), { exact: true })).toHaveValue(
    ORG.orgName,
  );
  await expect(portal.actingAs).toHaveCount(0);

  // Nothing was stored: a fresh load starts at onboarding again.
  await page.reload();
  await expect(portal.onboarding).toBeVisible();
  await expect(portal.onboarding.getByLabel(t('field.orgName'), { exact: true })).toHaveValue('');
});
