import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { GroupsPage } from './pages/groups-page';
import { t, tProblem } from './pages/strings';
import { demoPhone } from '../../src/domain/demo';

test.beforeEach(async ({ portal }) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('groups');
});

test('an org admin sees the whole hierarchy and can open every organization group', async ({
  page,
}) => {
  const groups = new GroupsPage(page);
  await expect(groups.link('Contoso Logistics — everyone')).toBeVisible();
  await page.getByRole('button', { name: t('groups.expand', { name: 'Warehouse North' }) }).click();
  await expect(groups.link('North — night shift')).toBeVisible();
  // Private groups of others stay out of sight, even for an org admin.
  await groups.openKind('private');
  await expect(page.getByText(t('groups.emptyPrivate'))).toBeVisible();
});

test('a group admin sees only their groups; the hierarchy around them has no links', async ({
  portal,
  page,
}) => {
  const groups = new GroupsPage(page);
  await portal.actor.actAs(DEMO.groupAdmin.phone);
  // The groups above their own start open, so their group is on the first screen.
  await expect(
    page.getByRole('button', { name: t('groups.collapse', { name: 'Warehouse North' }) }),
  ).toHaveAttribute('aria-expanded', 'true');
  await expect(groups.link(DEMO.groupAdmin.group)).toBeVisible();
  await expect(groups.plainName('Warehouse North')).toBeVisible();
  await expect(groups.link('Warehouse North')).toHaveCount(0);
  await expect(groups.link('Head office')).toHaveCount(0);
  await expect(groups.button('groups.create')).toHaveCount(0);
  await expect(groups.button('groups.bulkUpload')).toHaveCount(0);

  // On their group they manage users; on a parent they merely see, the page says so.
  await groups.openGroup(DEMO.groupAdmin.group);
  await expect(groups.button('group.users.addByPhone')).toBeVisible();
  await page.goto('/portal/#groups/g-north');
  await expect(page.getByText(t('group.unavailable'))).toBeVisible();
});

test('a member sees their groups without any tool to change them', async ({ portal, page }) => {
  const groups = new GroupsPage(page);
  await portal.actor.actAs(demoPhone(61));
  await groups.openGroup(DEMO.groupAdmin.group);
  await expect(groups.memberRow(demoPhone(61))).toBeVisible();
  await expect(groups.button('group.users.addByPhone')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: new RegExp(`^${t('common.remove')}`) }),
  ).toHaveCount(0);
});

test('map a private group to the organization, then make it private again', async ({
  portal,
  page,
}) => {
  const groups = new GroupsPage(page);
  await portal.actor.actAs(demoPhone(14)); // admin of Friday football
  await groups.openKind('private');
  await groups.openGroup('Friday football');
  await groups.button('group.map').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('group.mapConfirm') })
    .click();
  await expect(page.getByText(t('group.kind.organization'), { exact: true })).toBeVisible();

  // Anna, an org admin who is not a member, now sees it among the organization groups.
  await portal.actor.actAs('Anna Nowak');
  await page.getByRole('link', { name: t('groups.back') }).click();
  await expect(groups.link('Friday football')).toBeVisible();
  await groups.openGroup('Friday football');
  // Converting it back hides it from her: she is not a member.
  await groups.button('group.makePrivate').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('group.makePrivateConfirm') })
    .click();
  await expect(page.getByText(t('group.unavailable'))).toBeVisible();
});

test('create a group, add people by phone, keep one admin, build a sub-group', async ({
  portal,
  page,
}) => {
  const groups = new GroupsPage(page);
  await groups.create('Night drivers', 'organization');
  // A name that only differs in case is taken.
  await page.getByRole('link', { name: t('groups.back') }).click();
  await groups.button('groups.create').click();
  await page.getByRole('dialog').getByLabel(t('groups.name')).fill('night DRIVERS');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('groups.createSubmit') })
    .click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
    tProblem({ code: 'group.name.duplicate', params: { other: 'Night drivers' } }),
  );
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('common.cancel') })
    .click();
  await groups.openGroup('Night drivers');

  // One number invalid for the chosen region among good ones: the good ones are added, the
  // bad one is listed with the reason and stays in the box to be fixed.
  let dialog = await groups.addByPhone('601 234 567, +48699555222', { region: 'US' });
  const result = dialog.getByRole('status');
  await expect(result.getByRole('paragraph')).toHaveText(
    t('group.add.done', { added: 1, created: 1, present: 0, invalid: 1 }),
  );
  await expect(result.getByRole('row').filter({ hasText: '601 234 567' })).toContainText(
    t('add.outcome.invalid'),
  );
  await expect(result.getByRole('row').filter({ hasText: '+48699555222' })).toContainText(
    t('group.add.outcome.created', { phone: '+48699555222' }),
  );
  await expect(dialog.getByLabel(t('group.add.numbers'))).toHaveValue('601 234 567');
  await dialog
    .getByRole('button', { name: t('common.close'), exact: true })
    .last()
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: t('group.users.count', { count: 2, admins: 1 }) }),
  ).toBeVisible();

  // One directory user and one unknown number: the unknown one joins Others.
  dialog = await groups.addByPhone(`${DEMO.member.phone}, 699 555 111`);
  await expect(dialog.getByRole('status').getByRole('paragraph')).toHaveText(
    t('group.add.done', { added: 2, created: 1, present: 0, invalid: 0 }),
  );
  await dialog
    .getByRole('button', { name: t('common.close'), exact: true })
    .last()
    .click();
  await expect(groups.memberRow('+48699555111')).toContainText(t('role.member'));

  // Anna is the only admin: she cannot be demoted or removed until someone else is admin.
  const anna = groups.memberRow('Anna Nowak');
  await expect(anna.getByRole('button', { name: new RegExp(t('details.demote')) })).toBeDisabled();
  await groups
    .memberRow('+48699555111')
    .getByRole('button', { name: new RegExp(t('details.promote')) })
    .click();
  await expect(anna.getByRole('button', { name: new RegExp(t('details.demote')) })).toBeEnabled();
  await anna.getByRole('button', { name: new RegExp(t('details.demote')) }).click();
  await expect(anna).toContainText(t('role.member'));

  // Sub-Groups: a new top-level group is offered; once added it is listed and can be removed.
  await page.getByRole('link', { name: t('groups.back') }).click();
  await groups.create('Night drivers east', 'organization');
  await page.getByRole('link', { name: t('groups.back') }).click();
  await groups.openGroup('Night drivers');
  await groups.openTab('subgroups');
  await expect(page.getByText(t('group.sub.none'))).toBeVisible();
  await page
    .getByLabel(t('group.sub.pick'), { exact: true })
    .selectOption({ label: 'Night drivers east' });
  await groups.button('group.sub.add').click();
  await expect(groups.link('Night drivers east')).toBeVisible();
  await page.getByRole('link', { name: t('groups.back') }).click();
  await expect(
    groups.hierarchy.locator('li').filter({ hasText: 'Night drivers east' }),
  ).toBeVisible();

  // The unknown number is now a directory user in Others.
  await portal.openSection('directory');
  await portal.openTab('Others');
  await portal.search('699555111');
  await expect(portal.list).toContainText('+48699555111');
});
