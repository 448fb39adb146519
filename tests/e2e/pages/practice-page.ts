import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../../src/domain/types';
import type { MessageKey } from '../../../src/i18n/en';
import type { Params } from '../../../src/domain/errors';
import { tIn } from './strings';

/** The practice page: the list of exercises, one exercise, Start and Check. */
export class PracticePage {
  constructor(
    readonly page: Page,
    readonly lang: Locale = 'en',
  ) {}

  /** A string of the page's language. */
  t(key: string, params?: Params): string {
    return tIn(this.lang, key as MessageKey, params);
  }

  async goto(exercise?: string): Promise<void> {
    await this.page.goto(
      `${this.lang === 'pl' ? '/pl' : ''}/practice/${exercise ? `#${exercise}` : ''}`,
    );
  }

  /** The exercise's title heading (shown once it is open). */
  title(id: string, facts: Params = {}): Locator {
    return this.page.getByRole('heading', {
      level: 2,
      name: this.t(`practice.${id}.title`, facts),
    });
  }

  /** Start (or Start again); confirms when the sandbox holds an organization and `confirm`. */
  async start(options: { confirm?: boolean } = {}): Promise<void> {
    await this.page
      .getByRole('button', {
        name: new RegExp(`^(${this.t('practice.start')}|${this.t('practice.restart')})$`),
      })
      .click();
    if (options.confirm) {
      const dialog = this.page.getByRole('dialog', { name: this.t('practice.confirm.title') });
      await dialog.getByRole('button', { name: this.t('practice.confirm.ok') }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(
      this.page.getByRole('status').filter({ hasText: this.t('practice.started') }),
    ).toBeVisible();
  }

  /** Check, then the table's rows as `[criterion, result]`. */
  async check(): Promise<string[][]> {
    await this.page.getByRole('button', { name: this.t('practice.check'), exact: true }).click();
    const table = this.page.getByRole('table');
    await expect(table).toBeVisible();
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    const out: string[][] = [];
    for (const row of await rows.all())
      out.push((await row.getByRole('cell').allInnerTexts()).map((s) => s.trim()));
    return out.filter((r) => r.length > 0);
  }

  /** The open exercise's progress: Not started, Started …, Passed …. */
  status(): Locator {
    const word = (key: string) => this.t(key, { when: '' }).trim();
    const states = ['practice.status.new', 'practice.status.started', 'practice.status.passed'];
    return this.page
      .getByRole('article')
      .getByText(new RegExp(`^(${states.map(word).join('|')})`))
      .first();
  }
}
