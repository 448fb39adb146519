import { readdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../../src/domain/types';
import { ConfirmDialog } from './dialogs';
import { pathIn } from './portal-page';
import { tIn } from './strings';

/** The guides' slugs, read from the content folder: a new guide is expected on the landing. */
export function guideSlugs(): string[] {
  const dir = new URL('../../../src/content/docs/guides/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}

/** The landing page (Starlight splash) and its Start island. */
export class LandingPage {
  readonly main: Locator;
  readonly startNew: Locator;
  readonly startDemo: Locator;
  /** "No organization is stored…" or "This browser's sandbox holds …". */
  readonly state: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Locale = 'en',
  ) {
    this.main = page.getByRole('main');
    this.startNew = page.getByRole('button', { name: tIn(lang, 'landing.start.new'), exact: true });
    this.startDemo = page.getByRole('button', {
      name: tIn(lang, 'landing.start.demo'),
      exact: true,
    });
    this.state = page.locator('.kl-start__state');
  }

  /** Opens the landing and waits until Start knows what the sandbox holds. */
  async goto(): Promise<void> {
    await this.page.goto(pathIn(this.lang, '/'));
    await expect(this.startNew).toBeEnabled();
  }

  /** Links in the page's content to `path` (`/guides/roles/`), in the page's language. */
  linkTo(path: string): Locator {
    return this.main.locator(`a[href="${pathIn(this.lang, path)}"]`);
  }

  /** The confirmation Start asks for when the sandbox already holds an organization. */
  confirmation(choice: 'new' | 'demo'): ConfirmDialog {
    return new ConfirmDialog(
      this.page,
      tIn(this.lang, `landing.start.${choice}`),
      tIn(this.lang, `landing.start.${choice}Confirm`),
    );
  }
}
