import { readFile } from 'node:fs/promises';
import { demoPhone } from '../../src/domain/demo';
import type { Problem } from '../../src/domain/errors';
import { PINNED_NOW, test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { bulkPhone, csvLine, writeBulkUsersCsv } from './pages/import-files';
import { ImportHistory } from './pages/import-history';
import { PortalPage } from './pages/portal-page';
import { formatCount, t, tProblem } from './pages/strings';

const MIXED = 'tests/fixtures/e2e/import-mixed.csv';
const MIXED_NAME = 'import-mixed.csv';
/** Rows of import-mixed.csv that update or leave alone users of the demo. */
const UPDATED = demoPhone(10);
const UNCHANGED = demoPhone(11);

/**
 * Rows of the generated file. Measured on the 2-core test machine: ~10,000 rows/s, so an
 * import of this size is Processing for ~10 s — long enough to cancel it, close its tab or
 * watch it from a second tab mid-way (a tab that is already open: loading one takes seconds).
 */
const BIG_ROWS = 100_000;

/** The problems of import-mixed.csv, by line in the file. */
const MIXED_PROBLEMS: Problem[] = [
  {
    row: 4,
    column: 'phone',
    value: '512 ABC 003',
    code: 'phone.letters',
    params: { value: '512 ABC 003', region: 'PL' },
  },
  {
    row: 5,
    column: 'phone',
    value: '4.8512E+10',
    code: 'phone.scientific',
    params: { value: '4.8512E+10', region: 'PL' },
  },
  {
    row: 6,
    column: 'Employee ID',
    code: 'import.attribute.mandatory',
    params: { attribute: 'Employee ID' },
  },
  {
    row: 7,
    column: 'Salary band',
    value: 'abc',
    code: 'value.number.format',
    params: { attribute: 'Salary band' },
  },
  {
    row: 8,
    column: 'phone',
    value: '+48512000007',
    code: 'import.phone.duplicate',
    params: { later: 9 },
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Column cell of the table and the log: the file's header, not the field label. */
function columnHeader(column: string | undefined): string {
  return column === 'phone' ? 'Phone Number' : (column ?? '');
}

const MIXED_LOG =
  '\uFEFFRow,Column,Value,Error\r\n' +
  MIXED_PROBLEMS.map(
    (p) => `${csvLine([p.row!, columnHeader(p.column), p.value ?? '', tProblem(p)])}\r\n`,
  ).join('');

test('import users: template, check, upload, history and the imported users', async ({
  portal,
}) => {
  await portal.goto();
  await portal.loadDemo();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount }));
  const dialog = await portal.openImportUsers('employee');

  // Download Template: UTF-8 with BOM, `#` instructions, then the header of the demo's attributes.
  const template = await dialog.downloadTemplate();
  expect(template.name).toBe('kaizala-users-employee-template.csv');
  expect([...template.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = template.text.slice(1).split('\r\n');
  const header = lines.findIndex((line) => !line.startsWith('#'));
  expect(header).toBeGreaterThan(0);
  expect(lines.slice(0, header)).toContain(
    `# ${t('template.users.mandatory', { columns: 'Employee ID' })}`,
  );
  expect(lines.slice(header)).toEqual([DEMO.usersTemplateHeader, '']);

  // Check: a dry run that lists every problem and writes nothing.
  await dialog.selectFile(MIXED);
  const report = await dialog.check();
  await expect(report.summary).toHaveText(
    t('import.check.summary', { read: 10, created: 3, updated: 1, unchanged: 1, failed: 5 }),
  );
  await expect(report.problems.getByRole('columnheader')).toHaveText([
    t('import.log.row'),
    t('import.log.column'),
    t('import.log.value'),
    t('import.log.error'),
  ]);
  await report.expectProblems(
    MIXED_PROBLEMS.map((p) => [p.row!, columnHeader(p.column), p.value ?? '', tProblem(p)]),
  );
  const checkLog = await report.downloadLog();
  expect(checkLog.name).toBe('import-mixed-errors.csv');
  expect(checkLog.text).toBe(MIXED_LOG);
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount }));

  // Upload: the job runs in the worker and the directory shows its history.
  await dialog.upload();
  const history = new ImportHistory(portal.page);
  await expect(history.root).toBeVisible();
  await history.expectStatus(MIXED_NAME, 'completedWithErrors', 30_000);
  expect(await history.counts(MIXED_NAME)).toEqual({
    read: 10,
    created: 3,
    updated: 1,
    unchanged: 1,
    failed: 5,
  });
  await expect(await history.cell(MIXED_NAME, t('import.history.by'))).toHaveText(DEMO.anna.name);
  await expect(await history.cell(MIXED_NAME, t('job.history.date'))).toContainText(
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(PINNED_NOW),
  );
  expect((await history.downloadErrorLog(MIXED_NAME)).text).toBe(MIXED_LOG);
  const original = await history.downloadOriginal(MIXED_NAME);
  expect(original.bytes.equals(await readFile(MIXED))).toBe(true);

  // The directory lists the new users with the values from the file.
  await portal.backToList();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount + 3 }), {
    timeout: 15_000,
  });
  await portal.search('Importowska');
  await expect(portal.status).toHaveText(t('directory.searchCount', { count: 1 }));
  await expect(portal.row('+48512000001')).toContainText('Zofia Importowska');
  const zofia = await portal.openUser('+48512000001');
  for (const [label, value] of [
    ['Employee ID', 'IMP-001'],
    ['Department', 'Sales'],
    ['Job title', 'Forklift operator'],
    ['Office location', 'Kraków'],
    // A date attribute in the lab's one date style, as every other date.
    ['Date of joining', 'May 6, 2024'],
    ['Forklift licence', t('common.yes')],
    ['Salary band', '3'],
  ] as const) {
    await expect(zofia.property(label)).toHaveText(value);
  }
  await expect(zofia.property(t('column.source'))).toHaveText(t('source.import'));
  await zofia.close();

  // Read with the tenant's region, and the later of two rows for one number wins.
  await expect(await portal.find('+48512000002')).toContainText('Jan Importowy');
  await expect(await portal.find('+48512000007')).toContainText('Dwa Razy Drugi');
  // A row with an error is not applied.
  await portal.search('+48512000005');
  await expect(portal.status).toHaveText(t('directory.searchCount', { count: 0 }));

  // An existing user is updated in the one column the file filled; empty cells keep values.
  const updated = await portal.openUser(UPDATED);
  await expect(updated.property('Job title')).toHaveText('Import coordinator');
  await expect(updated.property('Employee ID')).toHaveText('CL-10010');
  await updated.close();
  const unchanged = await portal.openUser(UNCHANGED);
  await expect(unchanged.property('Employee ID')).toHaveText('CL-10011');
  await unchanged.close();
});

test.describe('a long import', () => {
  test.slow();
  let file: string;
  const name = 'bulk-users.csv';

  test.beforeEach(async ({ portal }, testInfo) => {
    file = await writeBulkUsersCsv(testInfo.outputPath(name), BIG_ROWS);
    await portal.goto();
    await portal.loadDemo();
  });

  /** Uploads the generated file; returns the history once its first batch is committed. */
  async function startBigImport(portal: PortalPage): Promise<ImportHistory> {
    const dialog = await portal.openImportUsers('employee');
    await dialog.selectFile(file);
    await dialog.upload();
    const history = new ImportHistory(portal.page);
    await history.expectStatus(name, 'processing');
    await expect
      .poll(async () => (await history.counts(name)).created, { timeout: 60_000 })
      .toBeGreaterThan(0);
    return history;
  }

  test('Cancel stops it; the directory holds exactly the rows it applied', async ({ portal }) => {
    const history = await startBigImport(portal);
    // "4,000 of 100,000 rows"
    const [before, after] = t('import.job.progress', {
      done: '\0',
      total: formatCount(BIG_ROWS),
    }).split('\0');
    await expect(history.progress(name)).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(before!)}[\\d,]+${escapeRegExp(after!)}$`),
    );
    // Rows per second, from the runner's own clock (the page's clock is pinned).
    const [rateBefore, rateAfter] = t('import.job.rate', { rate: '\0' }).split('\0');
    await expect(history.row(name)).toContainText(
      new RegExp(`${escapeRegExp(rateBefore!)}[\\d,]+${escapeRegExp(rateAfter!)}`),
    );
    await history.cancel(name);
    await history.expectStatus(name, 'cancelled', 30_000);
    await expect(history.progress(name)).toHaveCount(0);
    const counts = await history.counts(name);
    expect(counts.created).toBeGreaterThan(0);
    expect(counts.created).toBeLessThan(BIG_ROWS);
    expect(counts).toEqual({
      ...counts,
      read: counts.created,
      updated: 0,
      unchanged: 0,
      failed: 0,
    });

    await portal.backToList();
    await expect(portal.status).toHaveText(
      t('directory.count', { count: DEMO.employeeCount + counts.created }),
      { timeout: 30_000 },
    );
    // Applied in file order: the last row applied is listed, the next one is not.
    await expect(await portal.find(bulkPhone(counts.created - 1))).toBeVisible();
    await portal.search(bulkPhone(counts.created));
    await expect(portal.status).toHaveText(t('directory.searchCount', { count: 0 }));
  });

  test('closing the tab mid-way: the next visit resumes the job and applies every row once', async ({
    portal,
    page,
    context,
  }) => {
    const history = await startBigImport(portal);
    const before = await history.counts(name);
    await page.close();

    const next = new PortalPage(await context.newPage());
    await next.goto();
    const resumed = await next.openImportHistory();
    await resumed.expectStatus(name, 'processing');
    expect((await resumed.counts(name)).created).toBeGreaterThanOrEqual(before.created);
    await resumed.expectStatus(name, 'completed', 120_000);
    expect(await resumed.counts(name)).toEqual({
      read: BIG_ROWS,
      created: BIG_ROWS,
      updated: 0,
      unchanged: 0,
      failed: 0,
    });
    await next.backToList();
    await expect(next.status).toHaveText(
      t('directory.count', { count: DEMO.employeeCount + BIG_ROWS }),
      { timeout: 30_000 },
    );
  });

  test('a second tab shows the running job live and does not run it again', async ({
    portal,
    context,
  }) => {
    // The second tab is open on the history before the upload: it is then watching within
    // the import's first seconds, however fast the machine writes.
    const other = new PortalPage(await context.newPage());
    await other.goto();
    const watched = await other.openImportHistory();
    await portal.show();
    const history = await startBigImport(portal);
    // The tab in front is the one watching.
    await other.show();

    await watched.expectStatus(name, 'processing', 30_000);
    const first = (await watched.counts(name)).created;
    // Tab B's row moves on by itself (no Refresh), while the job runs: a count between the
    // first one it showed and the end (not only the final count once the job is done).
    await expect
      .poll(
        async () => {
          const created = (await watched.counts(name)).created;
          return created > first && created < BIG_ROWS;
        },
        { timeout: 60_000 },
      )
      .toBe(true);

    const done = { read: BIG_ROWS, created: BIG_ROWS, updated: 0, unchanged: 0, failed: 0 };
    await watched.expectStatus(name, 'completed', 120_000);
    expect(await watched.counts(name)).toEqual(done);
    await history.expectStatus(name, 'completed');
    expect(await history.counts(name)).toEqual(done);
    await other.backToList();
    await expect(other.status).toHaveText(
      t('directory.count', { count: DEMO.employeeCount + BIG_ROWS }),
      { timeout: 30_000 },
    );
  });
});
