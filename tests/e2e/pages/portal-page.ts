import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../../src/domain/types';
import { DirectoryView } from './directory-view';
import { ConfirmDialog, advanceConfirm } from './dialogs';
import { t } from './strings';

export type Section = 'directory' | 'groups' | 'actions' | 'connectors' | 'reports' | 'settings';

export interface NewOrganization {
  orgName: string;
  /** ISO region code, e.g. `PL`. */
  region: string;
  adminName: string;
  adminPhone: string;
}

/** Path of a lab page in a language: `/portal/` or `/pl/portal/`. */
export function pathIn(lang: Locale, path: string): string {
  return lang === 'pl' ? `/pl${path}` : path;
}

/**
 * The acting-user switcher in the header of every island ("Acting as … · Org admin").
 * Searching by name or number, then clicking a result, makes the person act as that user.
 */
export class ActorSwitcher {
  readonly button: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: new RegExp(`^${t('actor.actingAs')} `) });
  }

  /** Opens the switcher and types `query`; returns the list of people it finds. */
  async search(query: string): Promise<Locator> {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click();
    const popover = this.page.getByRole('dialog', { name: t('actor.switch') });
    await popover.getByLabel(t('actor.search')).fill(query);
    return popover.getByRole('listitem');
  }

  /** Acts as the first user found by `query` (a name or digits of a number). */
  async actAs(query: string): Promise<void> {
    await this.button.click();
    const popover = this.page.getByRole('dialog', { name: t('actor.switch') });
    await popover.getByLabel(t('actor.search')).fill(query);
    const match = popover.getByRole('button').filter({ hasText: query }).first();
    const label = (await match.locator('span').first().innerText()).trim();
    await match.click();
    await expect(popover).toBeHidden();
    await expect(this.button).toContainText(label);
  }
}

/** The management portal: onboarding, left navigation, directory and settings. */
export class PortalPage extends DirectoryView {
  readonly nav: Locator;
  readonly sectionTitle: Locator;
  readonly onboarding: Locator;
  readonly actor: ActorSwitcher;
  /** "Acting as <name> · <role>" in the header. */
  readonly actingAs: Locator;
  /** Settings → Simulated date: "Today in the sandbox: <date>". */
  readonly today: Locator;
  /** Settings → Simulated date: what the last Advance did (the date, who was purged). */
  readonly clockStatus: Locator;

  constructor(page: Page) {
    super(page);
    this.nav = page.getByRole('navigation', { name: t('nav.label') });
    this.sectionTitle = page.getByRole('main').getByRole('heading', { level: 2 }).first();
    this.onboarding = page.getByRole('region', { name: t('onboarding.title') });
    this.actor = new ActorSwitcher(page);
    this.actingAs = this.actor.button;
    this.today = page.getByText(`${t('settings.simulatedDate')}:`);
    this.clockStatus = page.getByRole('region', { name: t('settings.clock') }).getByRole('status');
  }

  /** Brings this tab in front of the browser's others (a hidden tab's timers are slowed). */
  async show(): Promise<void> {
    await this.page.bringToFront();
  }

  async goto(lang: Locale = 'en', section?: Section): Promise<void> {
    await this.page.goto(pathIn(lang, '/portal/') + (section ? `#${section}` : ''));
  }

  /** Fills the "New organization" card and submits it. */
  async fillOnboarding(org: NewOrganization): Promise<void> {
    const form = this.onboarding;
    await form.getByLabel(t('field.orgName'), { exact: true }).fill(org.orgName);
    await form.getByLabel(t('field.region'), { exact: true }).selectOption(org.region);
    await form.getByLabel(t('onboarding.adminName'), { exact: true }).fill(org.adminName);
    await form.getByLabel(t('onboarding.adminPhone'), { exact: true }).fill(org.adminPhone);
    await form.getByRole('button', { name: t('onboarding.create'), exact: true }).click();
  }

  /** Creates the organization and waits for the portal to show its first org admin. */
  async onboard(org: NewOrganization): Promise<void> {
    await this.fillOnboarding(org);
    await expect(this.actingAs).toHaveText(
      `${t('actor.actingAs')} ${org.adminName} · ${t('role.orgAdmin')}`,
    );
  }

  /** Onboarding → Load demo organization (Contoso Logistics, acting as Anna Nowak). */
  async loadDemo(): Promise<void> {
    await this.onboarding
      .getByRole('button', { name: t('settings.loadDemo'), exact: true })
      .click();
    await expect(this.actingAs).toContainText('Anna Nowak');
    await expect(this.status).toHaveText(/^\S+ users$/);
  }

  async openSection(section: Section): Promise<void> {
    await this.nav.getByRole('link', { name: t(`nav.${section}`), exact: true }).click();
    await expect(this.sectionTitle).toHaveText(t(`nav.${section}`));
  }

  async openDirectory(): Promise<void> {
    await this.openSection('directory');
    await expect(this.list).toBeVisible();
  }

  async openSettings(): Promise<void> {
    await this.openSection('settings');
  }

  /** Settings → Advance 30 days: the confirmation (who would be purged), not yet confirmed. */
  async startAdvance(): Promise<ConfirmDialog> {
    await this.openSettings();
    await this.page.getByRole('button', { name: t('settings.advance30'), exact: true }).click();
    const dialog = advanceConfirm(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /**
   * Settings → Advance 30 days, confirmed; waits until the simulated date has moved and
   * returns the status line that says what happened.
   */
  async advance30Days(): Promise<Locator> {
    const before = await this.today.innerText().catch(() => '');
    const dialog = await this.startAdvance();
    await dialog.confirm();
    await expect(dialog.root).toBeHidden();
    await expect(this.today).not.toHaveText(before);
    return this.clockStatus;
  }

  async actAs(query: string): Promise<void> {
    await this.actor.actAs(query);
  }
}
