import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { t } from './pages/strings';

test.beforeEach(async ({ portal }) => {
  await portal.goto();
  await portal.loadDemo();
});

test('acting as a member hides the admin tools and makes attributes read-only', async ({
  portal,
}) => {
  // As an org admin the tools are there (the baseline the member is compared with).
  await expect(portal.addUsersButton).toBeVisible();
  await expect(portal.rows().first().getByRole('checkbox')).toBeVisible();

  await portal.actAs(DEMO.member.phone);
  await expect(portal.actingAs).toHaveText(new RegExp(` · ${t('role.member')}$`));

  await expect(portal.rows().first()).toBeVisible();
  await expect(portal.addUsersButton).toHaveCount(0);
  await expect(portal.list.getByRole('checkbox')).toHaveCount(0);

  const attributes = await portal.openManageAttributes();
  await expect(attributes.readOnlyNotice).toBeVisible();
  await expect(attributes.row('Employee ID')).toBeVisible();
  await expect(attributes.addNew).toHaveCount(0);
  await expect(attributes.saveButton).toHaveCount(0);
  await expect(attributes.root.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  const flags = attributes.root.getByRole('checkbox');
  await expect(flags.first()).toBeVisible();
  for (const flag of await flags.all()) await expect(flag).toBeDisabled();

  await portal.backToList();
  const deleted = await portal.openDeletedUsers();
  await expect(deleted.root).toContainText(t('deleted.onlyOrgAdmins'));
});

test('the roles guide island answers "No" to admin capabilities for a member', async ({
  guide,
}) => {
  await guide.goto('roles');
  const adminOnly = [
    'capability.directory.users.manage',
    'capability.group.users.manage',
    'capability.catalog.publish',
    'capability.reports.see',
    'capability.org.manage',
  ] as const;
  // The island shares the portal's database: it starts acting as the demo's org admin.
  await expect(guide.rolesTable.getByRole('caption')).toHaveText(
    t('roles.caption', { name: DEMO.anna.name }),
  );
  for (const key of adminOnly) await expect(guide.youNow(t(key))).toHaveText(t('common.yes'));

  await guide.actor.actAs(DEMO.member.phone);

  await expect(guide.rolesTable.getByRole('caption')).not.toContainText(DEMO.anna.name);
  for (const key of adminOnly) await expect(guide.youNow(t(key))).toHaveText(t('common.no'));
  // What every member may do stays "Yes".
  await expect(guide.youNow(t('capability.groups.see'))).toHaveText(t('common.yes'));
  await expect(guide.youNow(t('capability.catalog.see'))).toHaveText(t('common.yes'));
  // The member column marks the member's role.
  await expect(
    guide.rolesTable.getByRole('columnheader', { name: new RegExp(`^${t('role.member')}`) }),
  ).toContainText(t('roles.yours'));
});

test('“Acting as” finds people as the directory does: any word’s start, accents, digits anywhere', async ({
  portal,
}) => {
  const found = async (query: string, expected: string) => {
    const results = await portal.actor.search(query);
    await expect(results.filter({ hasText: expected }).first(), query).toBeVisible();
  };
  // The surname, not only the first name's start.
  await found('nowak', DEMO.anna.phone);
  await found('now ann', DEMO.anna.phone);
  // Digits from the middle of the number, without the +.
  await found(DEMO.rahul.phone.slice(5, 11), DEMO.rahul.phone);
  // Accents folded: typed without them, and with them.
  await found('wisniew', 'Wiśniew');
  await found('Wiśniew', 'Wiśniew');
});
