import { expect, type Locator, type Page } from '@playwright/test';
import type { TemplateKind } from '../../../src/app/imports/templates';
import type { Params } from '../../../src/domain/errors';
import type { Locale } from '../../../src/domain/types';
import type { MessageKey } from '../../../src/i18n/en';
import { CheckReport } from './import-dialog';
import { saveDownload, type SavedFile } from './import-files';
import { pathIn } from './portal-page';
import { tIn } from './strings';

/** /templates/ (or /pl/templates/): every CSV template, and Check a file offline. */
export class TemplatesPage {
  /** Templates: what they are generated for, and a Download button per template. */
  readonly templates: Locator;
  /** Check a file: network, region, Select a File, Check file, and the report. */
  readonly checker: Locator;
  readonly report: CheckReport;

  constructor(
    readonly page: Page,
    readonly lang: Locale = 'en',
  ) {
    this.templates = page.getByRole('region', { name: this.t('templates.title'), exact: true });
    this.checker = page.getByRole('region', { name: this.t('templates.checkTitle'), exact: true });
    this.report = new CheckReport(page, this.checker, lang);
  }

  /** A visible string in the page's language. */
  t(key: MessageKey, params?: Params): string {
    return tIn(this.lang, key, params);
  }

  async goto(): Promise<void> {
    await this.page.goto(pathIn(this.lang, '/templates/'));
    await expect(this.templates).toBeVisible();
  }

  /** The Download button of one template. */
  downloadButton(kind: TemplateKind): Locator {
    return this.templates.getByRole('button', {
      name: `${this.t('templates.download')} ${this.t(`templates.kind.${kind}`)}`,
      exact: true,
    });
  }

  download(kind: TemplateKind): Promise<SavedFile> {
    return saveDownload(this.page, () => this.downloadButton(kind).click());
  }

  /**
   * Check as User Group Mapping: selects the mapping file (and the optional parent file),
   * clicks Check file and waits for the report or the refusal.
   */
  async checkGroups(mapping: string, parent?: string): Promise<void> {
    // The label wraps the select, so its name ends with the chosen option.
    await this.checker
      .getByRole('combobox', { name: new RegExp(`^${this.t('templates.checkAs')}`) })
      .selectOption({ label: this.t('templates.kind.group-members') });
    await this.checker
      .getByLabel(this.t('groupUpload.mappingFile'), { exact: true })
      .setInputFiles(mapping);
    await this.checker
      .getByLabel(this.t('groupUpload.parentFile'), { exact: true })
      .setInputFiles(parent ?? []);
    await this.checker
      .getByRole('button', { name: this.t('templates.checkFile'), exact: true })
      .click();
    await expect(this.report.summary.or(this.report.fatal)).toBeVisible({ timeout: 30_000 });
  }

  /** Selects the file, clicks Check file and waits for the report. */
  async check(path: string): Promise<CheckReport> {
    await this.checker.getByLabel(this.t('import.selectFile'), { exact: true }).setInputFiles(path);
    await this.checker
      .getByRole('button', { name: this.t('templates.checkFile'), exact: true })
      .click();
    await expect(this.report.summary.or(this.report.fatal)).toBeVisible({ timeout: 30_000 });
    return this.report;
  }
}
