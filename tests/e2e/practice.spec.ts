import { test, expect } from './fixtures';
import { PracticePage } from './pages/practice-page';
import { t } from './pages/strings';
import { factsOf, exercise } from '../../src/domain/practice-exercises';

/** Exercises done by hand, through the portal, as a trainee does them (SPEC §11). */

const facts = (id: string) => factsOf(exercise(id)!);

test('Move a user to Others: Start, do it in the portal, Check passes and the list says so', async ({
  page,
  portal,
}) => {
  const practice = new PracticePage(page);
  const f = facts('move-to-others');
  await practice.goto();
  await page.getByRole('link', { name: practice.t('practice.move-to-others.title') }).click();
  await expect(practice.title('move-to-others')).toBeFocused();
  await expect(practice.status()).toHaveText(practice.t('practice.status.new'));
  // An empty sandbox: Start needs no confirmation.
  await practice.start();
  const before = await practice.check();
  expect(before.map((r) => r[1])).toContain(practice.t('practice.check.missing'));
  await expect(
    page.getByRole('cell', { name: practice.t('practice.move-to-others.tip.others') }),
  ).toBeVisible();

  await portal.goto('en', 'directory');
  await portal.selectUser(String(f['phone']));
  await page.getByRole('button', { name: 'Move to Others', exact: true }).click();
  await expect(page.getByText(/Moved 1 user to Others/)).toBeVisible();

  await practice.goto('move-to-others');
  const after = await practice.check();
  expect(after.map((r) => r[1])).toEqual(after.map(() => practice.t('practice.check.ok')));
  await expect(
    page.getByRole('status').filter({ hasText: practice.t('practice.check.passed') }),
  ).toBeVisible();
  await expect(practice.status()).toContainText(/^Passed /);
  await page.getByRole('link', { name: practice.t('practice.back') }).click();
  await expect(
    page.getByText(practice.t('practice.progress.summary', { passed: 1, total: 13 })),
  ).toBeVisible();
});

test('Polish: Start over an organization asks first; the attribute exercise passes by hand', async ({
  page,
  portal,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const practice = new PracticePage(page, 'pl');
  await practice.goto('employee-id');
  await expect(practice.title('employee-id')).toBeVisible();
  // Cancel keeps the demo organization as it was.
  await page.getByRole('button', { name: practice.t('practice.start'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: practice.t('practice.confirm.title') });
  await expect(dialog).toContainText('Contoso Logistics');
  await dialog.getByRole('button', { name: practice.t('common.cancel') }).click();
  await expect(dialog).toBeHidden();
  await expect(practice.status()).toHaveText(practice.t('practice.status.new'));
  // The demo is still there, untouched: it was not set up by this exercise's Start.
  const untouched = await practice.check();
  expect(untouched[0]![0]).toContain(practice.t('practice.c.started'));
  expect(untouched[0]![0]).toContain(
    practice.t('practice.check.tip', { tip: practice.t('practice.tip.started') }),
  );
  expect(untouched[0]![1]).toBe(practice.t('practice.check.missing'));

  await practice.start({ confirm: true });
  const before = await practice.check();
  expect(before.map((r) => r[1])).toEqual([
    practice.t('practice.check.ok'),
    ...[1, 2, 3].map(() => practice.t('practice.check.missing')),
  ]);

  // The portal's page model reads English labels: the work is done there in English.
  await portal.goto('en', 'directory');
  const panel = await portal.openManageAttributes();
  await panel.addCustom({ name: 'Employee ID', type: 'text', mandatory: true });
  await panel.save();
  await expect(panel.saved).toHaveText(t('attributes.saved', { count: 1 }));

  await practice.goto('employee-id');
  const after = await practice.check();
  expect(after.map((r) => r[1])).toEqual([0, 1, 2, 3].map(() => practice.t('practice.check.ok')));
  const passed = practice.t('practice.status.passed', { when: '' }).trim();
  await expect(practice.status()).toContainText(passed);
});

test('a question: the activity report exercise reads the answer typed on the page', async ({
  page,
  portal,
}) => {
  const practice = new PracticePage(page);
  await practice.goto('activity-report');
  await practice.start();
  // Read the answer in the portal's activity report, as the steps say.
  await portal.goto('en', 'reports');
  await page.getByRole('tab', { name: t('report.tab.activity') }).click();
  await page.getByLabel(t('report.activity.type')).selectOption('groups');
  const groups = page.getByRole('table', { name: t('report.activity.groups') });
  const top = (await groups.getByRole('row').nth(1).getByRole('cell').first().innerText()).trim();
  expect(top).not.toBe('');

  await practice.goto('activity-report');
  const answer = page.getByLabel(practice.t('practice.activity-report.question', { days: 30 }));
  await answer.fill('Not a group');
  await page.getByRole('button', { name: practice.t('practice.answer.save') }).click();
  await expect(page.getByText(practice.t('practice.answer.saved'))).toBeVisible();
  const wrong = await practice.check();
  expect(wrong.map((r) => r[1])).toEqual([
    practice.t('practice.check.ok'),
    practice.t('practice.check.ok'),
    practice.t('practice.check.missing'),
  ]);

  await answer.fill(top);
  await page.getByRole('button', { name: practice.t('practice.answer.save') }).click();
  await expect(page.getByText(practice.t('practice.answer.saved'))).toBeVisible();
  const right = await practice.check();
  expect(right.map((r) => r[1])).toEqual([0, 1, 2].map(() => practice.t('practice.check.ok')));
});
