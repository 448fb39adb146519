import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { t, tError } from './pages/strings';

test.beforeEach(async ({ portal }) => {
  await portal.goto();
  await portal.loadDemo();
});

test('a deleted user waits in Deleted users with 30 days left; Restore brings them back with their groups', async ({
  portal,
}) => {
  const { phone, group } = DEMO.groupAdmin;
  const before = await portal.openUser(phone);
  await expect(before.groupRow(group)).toContainText(t('role.admin'));
  await before.close();

  await portal.selectUser(phone);
  await expect(portal.selectionBar).toContainText(t('directory.selected', { count: 1 }));
  // The group's only admin is refused: the message names the group and the fix.
  const refused = await portal.startDeleteSelected(1);
  await refused.confirm();
  await expect(refused.error).toContainText(group);
  await refused.cancel();
  // Another member of the group becomes its admin; then the deletion goes through.
  const colleague = await portal.openUser(DEMO.groupColleague);
  await colleague
    .groupRow(group)
    .getByRole('button', { name: t('details.promote') })
    .click();
  await expect(colleague.groupRow(group)).toContainText(t('role.admin'));
  await colleague.close();
  await portal.selectUser(phone);
  await portal.deleteSelected(1);
  // The list is still filtered by the number, which now finds nobody.
  await expect(portal.row(phone)).toHaveCount(0);
  await expect(portal.rows()).toHaveCount(0);
  // Clearing the search replaces the "Deleted 1 users" message with the new count.
  await portal.search('');
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount - 1 }));

  const deleted = await portal.openDeletedUsers();
  await expect(deleted.row(phone)).toBeVisible();
  await expect(deleted.daysLeft(phone)).toHaveText(t('deleted.days', { days: 30 }));
  const name = await deleted.nameOf(phone);
  await deleted.restore(phone);
  await expect(deleted.empty).toBeVisible();
  // Restore says what happened, and the keyboard goes on from there.
  await expect(deleted.status).toHaveText(
    t('deleted.restored', { name, network: t('network.employee') }),
  );
  await expect(deleted.status).toBeFocused();

  await portal.backToList();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount }));
  const after = await portal.openUser(phone);
  await expect(after.groupRow(group)).toBeVisible();
  await expect(after.groupRow(group).getByRole('cell').nth(1)).toHaveText(t('role.admin'));
  await expect(
    after.root.getByRole('listitem').filter({ hasText: t('audit.user.restore') }),
  ).toBeVisible();
});

test('after Advance 30 days a deleted user is purged for good', async ({ portal }) => {
  const { phone } = DEMO.member;
  await portal.selectUser(phone);
  await portal.deleteSelected(1);
  const deleted = await portal.openDeletedUsers();
  await expect(deleted.daysLeft(phone)).toHaveText(t('deleted.days', { days: 30 }));
  const name = await deleted.nameOf(phone);

  await portal.openSettings();
  // The pinned clock (fixtures.ts) makes the sandbox's dates exact.
  await expect(portal.today).toHaveText(`${t('settings.simulatedDate')}: Mar 1, 2026`);
  // The clock cannot go back: Advance asks first, naming who would be purged; Cancel keeps all.
  const asked = await portal.startAdvance();
  await expect(asked.root).toContainText(
    t('settings.advanceText', { from: 'Mar 1, 2026', to: 'Mar 31, 2026' }),
  );
  await expect(asked.root).toContainText(t('settings.advancePurges', { count: 1, names: name }));
  await asked.cancel();
  await expect(portal.today).toHaveText(`${t('settings.simulatedDate')}: Mar 1, 2026`);

  const status = await portal.advance30Days();
  await expect(portal.today).toHaveText(`${t('settings.simulatedDate')}: Mar 31, 2026`);
  await expect(status).toHaveText(
    `${t('settings.advanced', { date: 'Mar 31, 2026' })} ${t('settings.purged', { count: 1, names: name })}`,
  );
  await expect(status).toBeFocused();
  // Nobody is left to purge: the next confirmation says so.
  const again = await portal.startAdvance();
  await expect(again.root).toContainText(t('settings.advanceNoPurge'));
  await again.cancel();

  await portal.openDirectory();
  const afterWindow = await portal.openDeletedUsers();
  await expect(afterWindow.empty).toBeVisible();
  await expect(afterWindow.row(phone)).toHaveCount(0);
  await portal.backToList();
  await portal.search(phone);
  await expect(portal.status).toHaveText(t('directory.searchCount', { count: 0 }));
  // The number is free again: it can be added as a new user.
  const dialog = await portal.openAddOne();
  await dialog.fillOne({
    phone,
    name: 'Returning Person',
    attributes: { 'Employee ID *': 'CL-1' },
  });
  await dialog.submitOne();
  await expect(dialog.root.getByRole('status')).toHaveText(t('add.added', { phone }));
});

test('the acting user and the last org admin cannot be deleted', async ({ portal }) => {
  const { anna, rahul } = DEMO;
  // Two org admins: Anna may not delete herself while she is the one acting.
  await portal.selectUser(anna.phone);
  const selfDelete = await portal.startDeleteSelected(1);
  await selfDelete.confirm();
  await expect(selfDelete.error).toHaveText(tError('delete.self'));
  await selfDelete.cancel();

  // Rahul stops being an org admin, so Anna is the only one.
  const rahulDetails = await portal.openUser(rahul.phone);
  await rahulDetails.revokeOrgAdmin();
  await expect(rahulDetails.property(t('column.orgRole'))).toHaveText(t('role.member'));
  await rahulDetails.close();

  const annaDetails = await portal.openUser(anna.phone);
  await annaDetails.revokeOrgAdmin();
  await expect(annaDetails.error).toHaveText(tError('orgAdmin.last'));
  await expect(annaDetails.property(t('column.orgRole'))).toHaveText(t('role.orgAdmin'));

  const lastDelete = await annaDetails.delete();
  await lastDelete.confirm();
  await expect(lastDelete.error).toHaveText(tError('orgAdmin.lastDelete'));
  await lastDelete.cancel();
  await annaDetails.close();

  await expect(portal.row(anna.phone)).toBeVisible();
  await expect(portal.actingAs).toHaveText(
    `${t('actor.actingAs')} ${anna.name} · ${t('role.orgAdmin')}`,
  );
});
