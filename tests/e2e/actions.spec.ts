import { test, expect } from './fixtures';
import { GroupsPage } from './pages/groups-page';
import { t } from './pages/strings';
import { demoPhone } from '../../src/domain/demo';

/** Warehouse South in the demo: its admin and two of its members. */
const SOUTH = {
  name: 'Warehouse South',
  admin: demoPhone(160),
  members: [demoPhone(161), demoPhone(162)],
};
const QUESTION = 'Which day suits the fire drill?';

test('publish a poll only admins may send, send it as the admin, answer it as members', async ({
  portal,
  page,
}) => {
  const groups = new GroupsPage(page);
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('groups');
  await groups.openGroup(SOUTH.name);

  // Anna (org admin) publishes Quick Poll here for admins only.
  await groups.openTab('actions');
  await page.getByLabel(t('actions.group.pick')).selectOption({ label: 'Quick Poll' });
  await page.getByRole('checkbox', { name: t('actions.roles.member') }).uncheck();
  await page.getByRole('button', { name: t('actions.publish.submit'), exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(
    t('actions.published', { action: 'Quick Poll', group: SOUTH.name }),
  );

  // A member may not send it: the Conversation tab offers nothing to send.
  await portal.actor.actAs(SOUTH.members[0]!);
  await groups.openTab('conversation');
  await expect(
    page.getByText(t('conversation.noActions', { role: t('role.member') })),
  ).toBeVisible();
  // Nor may a member publish: the Actions tab is read-only for them.
  await groups.openTab('actions');
  await expect(page.getByText(t('actions.group.readOnly'))).toBeVisible();
  await expect(page.getByRole('button', { name: t('actions.publish.submit') })).toHaveCount(0);

  // The group's admin sends the poll.
  await portal.actor.actAs(SOUTH.admin);
  await groups.openTab('conversation');
  await page.getByLabel(t('conversation.send.pick')).selectOption({ label: 'Quick Poll' });
  await page.getByLabel(t('conversation.field.question')).fill(QUESTION);
  await page
    .getByRole('textbox', { name: t('conversation.list.options.item', { n: 1 }) })
    .fill('Monday');
  await page
    .getByRole('textbox', { name: t('conversation.list.options.item', { n: 2 }) })
    .fill('Friday');
  await page.getByRole('button', { name: t('conversation.send.submit') }).click();
  const card = page.getByRole('group', { name: QUESTION });
  await expect(card).toContainText(t('conversation.results.votes', { count: 0 }));

  // Two members answer; the results follow each answer.
  for (const [i, phone] of SOUTH.members.entries()) {
    await portal.actor.actAs(phone);
    await groups.openTab('conversation');
    await card.getByRole('radio', { name: i === 0 ? 'Monday' : 'Friday' }).check();
    await card.getByRole('button', { name: t('conversation.respond.vote') }).click();
    await expect(card).toContainText(t('conversation.results.votes', { count: i + 1 }));
  }
  await expect(card).toContainText('1 (50%)');
});
