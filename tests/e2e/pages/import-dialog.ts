import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale, Network } from '../../../src/domain/types';
import { saveDownload, type SavedFile } from './import-files';
import { t, tIn } from './strings';

/**
 * The result of a Check (in the import dialog and on the templates page): a summary line,
 * the problems table (Row, Column, Value, Error) and the error log to download.
 */
export class CheckReport {
  readonly summary: Locator;
  readonly problems: Locator;
  /** A file that cannot be imported at all. */
  readonly fatal: Locator;
  readonly downloadLogButton: Locator;

  constructor(
    readonly page: Page,
    root: Locator,
    lang: Locale = 'en',
  ) {
    this.summary = root.getByRole('status');
    this.problems = root.getByRole('table', {
      name: tIn(lang, 'import.check.tableCaption'),
      exact: true,
    });
    this.fatal = root.getByRole('alert');
    this.downloadLogButton = root.getByRole('button', {
      name: tIn(lang, 'import.downloadErrorLog'),
      exact: true,
    });
  }

  /** The problem rows (the header row excluded). */
  problemRows(): Locator {
    return this.problems.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** Every problem row reads exactly `[Row, Column, Value, Error]`, in this order. */
  async expectProblems(expected: ReadonlyArray<readonly [number, string, string, string]>) {
    await expect(this.problemRows()).toHaveCount(expected.length);
    for (const [i, cells] of expected.entries()) {
      await expect(this.problemRows().nth(i).getByRole('cell')).toHaveText(
        cells.map(String) as string[],
      );
    }
  }

  downloadLog(): Promise<SavedFile> {
    return saveDownload(this.page, () => this.downloadLogButton.click());
  }
}

/** Directory → Add Users → Import Users…: template, Select a File, Check, Upload. */
export class ImportDialog {
  readonly root: Locator;
  readonly fileInput: Locator;
  readonly checkButton: Locator;
  readonly uploadButton: Locator;
  readonly report: CheckReport;

  constructor(
    readonly page: Page,
    network: Network = 'employee',
  ) {
    this.root = page.getByRole('dialog', {
      name: t('import.title', { network: t(`network.${network}`) }),
    });
    this.fileInput = this.root.getByLabel(t('import.selectFile'), { exact: true });
    this.checkButton = this.root.getByRole('button', { name: t('import.check'), exact: true });
    this.uploadButton = this.root.getByRole('button', { name: t('import.upload'), exact: true });
    this.report = new CheckReport(page, this.root);
  }

  downloadTemplate(): Promise<SavedFile> {
    return saveDownload(this.page, () =>
      this.root.getByRole('button', { name: t('import.downloadTemplate'), exact: true }).click(),
    );
  }

  async selectFile(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
    await expect(this.checkButton).toBeEnabled();
  }

  /** Check (the dry run) and wait for its report. */
  async check(): Promise<CheckReport> {
    await this.checkButton.click();
    await expect(this.report.summary.or(this.report.fatal)).toBeVisible({ timeout: 30_000 });
    return this.report;
  }

  /** Upload: the dialog closes and the directory shows Upload Users History. */
  async upload(): Promise<void> {
    await this.uploadButton.click();
    await expect(this.root).toBeHidden();
  }
}
