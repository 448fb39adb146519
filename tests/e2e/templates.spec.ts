import type { Problem } from '../../src/domain/errors';
import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { csvLine, type SavedFile } from './pages/import-files';
import { TemplatesPage } from './pages/import-templates-page';
import { t, tIn, tProblem } from './pages/strings';

const BAD = 'tests/fixtures/e2e/templates-bad.csv';

/** The `#` instruction lines and the header of a downloaded template (after its BOM). */
function readTemplate(file: SavedFile): { comments: string[]; header: string } {
  expect([...file.bytes.subarray(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.text.slice(1).split('\r\n');
  const at = lines.findIndex((line) => !line.startsWith('#'));
  expect(at, 'instruction lines before the header').toBeGreaterThan(0);
  expect(lines.slice(at + 1), 'nothing after the header').toEqual(['']);
  return { comments: lines.slice(0, at), header: lines[at]! };
}

/** Row, Column, Value and Error of a problem as the table shows it. */
function cells(p: Problem): [number, string, string, string] {
  const column = p.column === 'phone' ? 'Phone Number' : p.column === 'name' ? 'Name' : p.column;
  const message = p.warning ? t('import.log.warning', { message: tProblem(p) }) : tProblem(p);
  return [p.row!, column ?? '', p.value ?? '', message];
}

const SCIENTIFIC: Problem = {
  row: 3,
  column: 'phone',
  value: '4.8531E+10',
  code: 'phone.scientific',
  params: { value: '4.8531E+10', region: 'PL' },
};
const FORMULA: Problem = { row: 4, column: 'name', value: '=HYPERLINK(x)', code: 'name.formula' };

test('without an organization: Phone Number and Name only, and a file is checked offline', async ({
  page,
}) => {
  const templates = new TemplatesPage(page);
  await templates.goto();
  await expect(templates.templates.getByText(t('templates.noOrg'), { exact: true })).toBeVisible();

  const file = await templates.download('users-employee');
  expect(file.name).toBe('kaizala-users-employee-template.csv');
  const { comments, header } = readTemplate(file);
  expect(header).toBe('Phone Number*,Name');
  expect(comments[0]).toBe(`# ${t('template.users.line1', { network: t('network.employee') })}`);

  // Without attributes, the file's attribute columns are ignored (a warning each).
  const report = await templates.check(BAD);
  await expect(report.summary).toHaveText(
    t('import.check.summary', { read: 4, created: 2, updated: 0, unchanged: 0, failed: 2 }),
  );
  const problems: Problem[] = [
    { row: 1, column: 'Employee ID*', code: 'import.header.unknown', warning: true },
    { row: 1, column: 'Forklift licence', code: 'import.header.unknown', warning: true },
    SCIENTIFIC,
    FORMULA,
  ];
  await report.expectProblems(problems.map(cells));
});

test('with the demo organization: its attribute columns, and the check applies them', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const templates = new TemplatesPage(page);
  await templates.goto();
  await expect(
    templates.templates.getByText(t('templates.forOrg', { org: 'Contoso Logistics', count: 7 }), {
      exact: true,
    }),
  ).toBeVisible();

  for (const kind of ['users-employee', 'users-others'] as const) {
    const { comments, header } = readTemplate(await templates.download(kind));
    expect(header).toBe(DEMO.usersTemplateHeader);
    expect(comments).toContain(`# ${t('template.users.mandatory', { columns: 'Employee ID' })}`);
  }

  const report = await templates.check(BAD);
  await expect(report.summary).toHaveText(
    t('import.check.summary', { read: 4, created: 1, updated: 0, unchanged: 0, failed: 3 }),
  );
  const problems: Problem[] = [
    SCIENTIFIC,
    FORMULA,
    {
      row: 5,
      column: 'Forklift licence',
      value: 'maybe',
      code: 'value.yesno.format',
      params: { attribute: 'Forklift licence' },
    },
  ];
  await report.expectProblems(problems.map(cells));
  // The log escapes the formula, so a spreadsheet opening it does not run it.
  const log = await report.downloadLog();
  expect(log.name).toBe('templates-bad-errors.csv');
  expect(log.text).toBe(
    '\uFEFFRow,Column,Value,Error\r\n' +
      problems
        .map(cells)
        .map(([row, column, value, error]) => {
          const escaped = value.startsWith('=') ? `'${value}` : value;
          return `${csvLine([row, column, escaped, error])}\r\n`;
        })
        .join(''),
  );

  // Checking wrote nothing.
  await portal.goto();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount }));
});

test('the Polish page is in Polish, templates included', async ({ page }) => {
  const templates = new TemplatesPage(page, 'pl');
  await templates.goto();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    tIn('pl', 'templates.title'),
    tIn('pl', 'templates.checkTitle'),
  ]);
  await expect(
    templates.templates.getByText(tIn('pl', 'templates.noOrg'), { exact: true }),
  ).toBeVisible();
  await expect(
    templates.checker.getByRole('button', { name: tIn('pl', 'templates.checkFile'), exact: true }),
  ).toBeDisabled();

  const { comments, header } = readTemplate(await templates.download('users-employee'));
  expect(comments[0]).toBe(
    `# ${tIn('pl', 'template.users.line1', { network: tIn('pl', 'network.employee') })}`,
  );
  expect(header).toBe('Phone Number*,Name');
});

test('a number of the region’s own country that lost its + gets the same warning as a foreign one', async ({
  page,
}) => {
  const templates = new TemplatesPage(page);
  await templates.goto();
  const report = await templates.check('tests/fixtures/e2e/templates-lost-plus.csv');
  await expect(report.summary).toHaveText(
    `${t('import.check.summary', { read: 3, created: 3, updated: 0, unchanged: 0, failed: 0 })} ${t('import.check.warnings', { count: 2 })}`,
  );
  const lost = (row: number, value: string): Problem => ({
    row,
    column: 'phone',
    value,
    code: 'import.phone.recoveredPlus',
    params: { suggestion: `+${value}` },
    warning: true,
  });
  await report.expectProblems([lost(2, '48606789012'), lost(3, '919876543210')].map(cells));
});

test('group mapping files are checked here too, and a file of the wrong kind is named', async ({
  page,
}) => {
  const templates = new TemplatesPage(page);
  await templates.goto();
  // A User Group Mapping checked as a users file: refused, naming the right file.
  const asUsers = await templates.check('tests/fixtures/groups/mapping-abc.csv');
  await expect(asUsers.fatal).toContainText(tProblem({ code: 'import.file.isGroupMembers' }));

  // Checked as User Group Mapping, with its Parent Group Mapping: the Groups page's check.
  await templates.checkGroups(
    'tests/fixtures/groups/mapping-three-levels.csv',
    'tests/fixtures/groups/parents-three-levels.csv',
  );
  await expect(templates.checker.getByRole('status').first()).toBeVisible();
  await expect(templates.checker).not.toContainText(t('groupUpload.fatal'));

  // A users file given as the mapping file: named as a users file.
  await templates.checkGroups('tests/fixtures/groups/users-file.csv');
  await expect(templates.checker).toContainText(tProblem({ code: 'group.upload.file.isUsers' }));
});
