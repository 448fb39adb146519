import { test as base, expect } from '@playwright/test';
import { PortalPage } from './pages/portal-page';
import { GuidePage } from './pages/guide-page';
import { describeViolations, recordCspViolations } from './csp-violations';

/** The instant every test starts at. The lab's simulated clock adds its own offset to it. */
export const PINNED_NOW = new Date('2026-03-01T10:00:00Z');

/**
 * Every test gets a fresh browser context (so IndexedDB starts empty) whose clock is pinned.
 *
 * Why `clock.install` and not `setFixedTime`: `install` fakes `Date` *and* the timers, then lets
 * time run on from `PINNED_NOW`, so timestamps are reproducible while the app's debounces
 * (`setTimeout` of 120–150 ms in search and the actor picker) still fire. Dexie does not depend
 * on the faked functions: its promises are native and IndexedDB and BroadcastChannel (liveQuery
 * across tabs) deliver their events outside the page's timer queue — checked with the live list,
 * the cross-tab test and the 30-day clock test. `setFixedTime` would freeze `Date` instead, so two
 * changes in one test would share one timestamp and the audit order would be arbitrary.
 * The clock is installed on the context so a second tab (persistence.spec) is pinned as well.
 * A test fails on any Content-Security-Policy violation in any of its context's pages.
 */
export const test = base.extend<{ portal: PortalPage; guide: GuidePage }>({
  context: async ({ context }, use) => {
    await context.clock.install({ time: PINNED_NOW });
    const violations = await recordCspViolations(context);
    await use(context);
    expect(violations, describeViolations(violations)).toEqual([]);
  },
  portal: async ({ page }, use) => {
    await use(new PortalPage(page));
  },
  guide: async ({ page }, use) => {
    await use(new GuidePage(page));
  },
});

export { expect };
