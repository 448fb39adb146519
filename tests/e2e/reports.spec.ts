import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { saveDownload } from './pages/import-files';
import { t, tProblem } from './pages/strings';

/**
 * Reports (SPEC §8) in the browser, over the demo's 60 days of conversations: every report
 * shows something, its charts carry their figures as a table, the activity report downloads
 * with exactly Kaizala's columns, bad periods are refused with the field named, and each role
 * sees what it may. The clock is pinned: today is 2026-03-01.
 */

test('an org admin reads every report of the demo, by mouse and by keyboard', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('reports');
  // Adoption: figures and a chart whose numbers are also a table.
  await expect(page.getByText(t('report.adoption.total'))).toBeVisible();
  const chart = page.getByRole('img', { name: new RegExp(t('report.adoption.chartTitle')) });
  await expect(chart).toBeVisible();
  const figures = page.getByText(t('chart.figures')).first();
  await figures.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: t('report.adoption.chartTitle') });
  await expect(table.getByRole('rowheader', { name: 'Warehouse North' })).toBeVisible();

  // Usage trends: two charts over the 30 days.
  await page.getByRole('tab', { name: t('report.tab.trends') }).click();
  await expect(
    page.getByRole('img', { name: new RegExp(t('report.trends.chartTitle')) }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: new RegExp(t('report.trends.usersTitle')) }),
  ).toBeVisible();

  // Activity report: Users, with Kaizala's exact CSV columns.
  await page.getByRole('tab', { name: t('report.tab.activity') }).click();
  const users = page.getByRole('table', { name: t('report.activity.users') });
  await expect(users.getByRole('row').nth(1)).toBeVisible();
  const file = await saveDownload(page, () =>
    page
      .getByRole('button', { name: t('report.csvOf', { what: t('report.activity.users') }) })
      .click(),
  );
  expect(file.name).toBe('kaizala-report-users-2026-01-31-2026-03-01.csv');
  expect(file.text.split('\r\n')[0]).toBe(
    '\uFEFFUser Name,Phone Number,Number of messages sent,Number of Actions sent,Number of Action responses,Number of reactions',
  );
  expect(file.text.split('\r\n').length).toBeGreaterThan(100);

  // A period of more than 31 days is refused with the field named, and the fix.
  const period = page.getByRole('form', { name: t('report.window') });
  await period.getByLabel(t('report.start')).fill('2026-01-01');
  await period.getByRole('button', { name: t('report.show') }).click();
  await expect(
    page.getByText(
      tProblem({ code: 'report.window.tooLong', column: 'end', params: { days: 60, max: 31 } }),
    ),
  ).toBeVisible();
  await expect(period.getByLabel(t('report.end'))).toHaveAttribute('aria-invalid', 'true');
  // End before Start, too.
  await period.getByLabel(t('report.start')).fill('2026-02-20');
  await period.getByLabel(t('report.end')).fill('2026-02-10');
  await period.getByRole('button', { name: t('report.show') }).click();
  await expect(
    page.getByText(
      tProblem({
        code: 'report.window.reversed',
        column: 'end',
        params: { start: '2026-02-20', end: '2026-02-10' },
      }),
    ),
  ).toBeVisible();

  // Poll and survey results: the picnic poll with its answers.
  await page.getByRole('tab', { name: t('report.tab.cards') }).click();
  await expect(page.getByRole('heading', { name: 'Friday team lunch?' }).first()).toBeVisible();

  // The audit log names the demo's loading and filters by kind.
  await page.getByRole('tab', { name: t('report.tab.audit') }).click();
  await expect(page.getByRole('cell', { name: t('audit.demo.load') })).toBeVisible();
  const filters = page.getByRole('form', { name: t('report.audit.filter') });
  await filters
    .getByLabel(t('report.audit.kind'))
    .selectOption({ label: t('report.audit.kind.user') });
  await filters.getByRole('button', { name: t('report.audit.filter'), exact: true }).click();
  await expect(page.getByText(t('report.audit.none'))).toBeVisible();
});

test('a group admin reports on their group; a member has no Reports', async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  // Reports open as the org admin, then acting as the group admin: read again, narrowed.
  await portal.openSection('reports');
  await expect(page.getByText(t('report.scope.org', { count: 8 }))).toBeVisible();
  await portal.actAs(DEMO.groupAdmin.phone);
  await expect(page.getByText(t('report.scope.admin', { count: 1 }))).toBeVisible();
  await page.getByText(t('chart.figures')).first().click();
  const groups = page.getByRole('table', { name: t('report.adoption.chartTitle') });
  await expect(groups.getByRole('rowheader')).toHaveText([DEMO.groupAdmin.group]);
  await portal.actAs(DEMO.member.phone);
  await expect(page.getByRole('link', { name: t('nav.reports') })).toHaveCount(0);
  await expect(page.getByText(t('report.noAccess'))).toBeVisible();
});

test('a member likes a message; the Like is counted in the activity report', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.actAs(DEMO.member.phone);
  await page.goto('/portal/#groups/g-all');
  await page.getByRole('tab', { name: t('group.tab.conversation') }).click();
  const like = page.getByRole('button', { name: t('conversation.like'), exact: true }).last();
  await expect(like).toHaveAttribute('aria-pressed', 'false');
  await like.click();
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  // As the org admin, today's activity report counts the member's one Like.
  await portal.actAs(DEMO.anna.phone);
  await portal.openSection('reports');
  await page.getByRole('tab', { name: t('report.tab.activity') }).click();
  const period = page.getByRole('form', { name: t('report.window') });
  await period.getByLabel(t('report.start')).fill('2026-03-01');
  await period.getByRole('button', { name: t('report.show') }).click();
  const row = page
    .getByRole('table', { name: t('report.activity.users') })
    .getByRole('row')
    .filter({ hasText: DEMO.member.phone });
  await expect(row.getByRole('cell').last()).toHaveText('1');
});
