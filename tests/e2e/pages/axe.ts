import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Locale } from '../../../src/domain/types';
import { tIn } from './strings';

const LOADING = [tIn('en', 'common.loading'), tIn('pl', 'common.loading')].map((s) =>
  s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
);

/** The rule sets SPEC §14 holds every page to: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation as a line a reader can act on: rule, impact, what it means, where, and help. */
interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  url: string;
}

function describe(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.rule} (${f.impact}): ${f.help}\n    ${f.url}\n` +
        f.targets.map((target) => `    - ${target}`).join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe-core with the WCAG 2.1 AA tags on the page as it is now (open dialogs included)
 * and expects no violation. `state` names the page and state in the failure message, which
 * lists each rule with its impact, the selectors of the offending elements and the help URL.
 *
 * The expectation is soft: one test walks many states, and a run should report all of them.
 */
export async function expectAccessible(
  page: Page,
  state: string,
  options: { within?: string } = {},
): Promise<void> {
  await settled(page);
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  // A modal dialog makes the page behind it inert, and that page was checked in its own
  // state: only the dialog is new (which saves axe most of its time on a 2-core machine).
  if (options.within) builder.include(options.within);
  const results = await builder.analyze();
  const findings: Finding[] = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((node) => node.target.map(String).join(' >> ')),
    url: v.helpUrl,
  }));
  expect.soft(findings.length, `axe on ${state}:\n${describe(findings)}`).toBe(0);
}

/** The open modal dialogs (one may open over another: a confirmation over user details). */
export const OPEN_DIALOG = 'dialog[open]';

/**
 * Waits until the page's islands have drawn what they show: no loading line, no skeleton
 * row, nothing busy, and no lazy chunk still on its way.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.kl-loading, .kl-skeleton, [aria-busy="true"]')).toHaveCount(0, {
    timeout: 30_000,
  });
  await expect(
    page.getByText(new RegExp(`^(${LOADING.join('|')})$`)),
    'a loading line',
  ).toHaveCount(0, { timeout: 30_000 });
}

/**
 * The built guides' paths in a language, read from `dist/` so that a new guide is checked
 * without touching the test (`npm run build` comes first, as for every e2e test).
 */
export function builtGuidePaths(lang: Locale): string[] {
  const root = lang === 'pl' ? 'pl/guides' : 'guides';
  const dir = new URL(`../../../dist/${root}/`, import.meta.url);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/${root}/${entry.name}/`)
    .sort();
}
