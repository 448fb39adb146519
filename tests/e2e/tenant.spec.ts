import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { exportTenant, resetSandbox, restore } from './pages/tenant-data';
import { errorMessage } from '../../src/i18n/build';
import { t } from './pages/strings';

/**
 * Tenant data (SPEC §9) in the browser: Reports → Export Tenant Data, the zip downloaded,
 * the sandbox reset and the zip restored, then exported again to the same files; a tampered
 * zip is refused with its reason; a restore cut off by closing the page leaves the old
 * sandbox or the new one, never a mix.
 */

const FIXTURES = new URL('../fixtures/tenant/', import.meta.url);

/** The files of a package as text; the descriptor without its time. */
function files(zip: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(zip))) out[name] = strFromU8(data);
  const d = JSON.parse(out['datapackage.json']!) as Record<string, unknown>;
  delete d.created;
  out['datapackage.json'] = JSON.stringify(d);
  return out;
}

test('export tenant data, reset, restore the zip, and export the same files again', async ({
  portal,
  page,
}, testInfo) => {
  await portal.goto();
  await portal.loadDemo();
  const first = await exportTenant(portal, page);
  expect(first.name).toMatch(/^kaizala-tenant-2026-03-01-\d{4}\.zip$/);
  const before = files(first.bytes);
  expect(Object.keys(before)).toHaveLength(16);
  const path = testInfo.outputPath(first.name);
  await writeFile(path, first.bytes);

  await resetSandbox(portal, page);
  await restore(page, path);
  await expect(portal.actingAs).toContainText('Anna Nowak');
  await portal.openDirectory();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount }));

  const second = await exportTenant(portal, page);
  expect(files(second.bytes)).toEqual(before);
});

test('a changed zip is refused with its reason, and the sandbox stays empty', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await restore(page, new URL('byte-changed.zip', FIXTURES).pathname);
  const alert = page.getByRole('form', { name: t('tenant.restore.title') }).getByRole('alert');
  await expect(alert).toContainText(errorMessage('en', 'tenant.hash', { file: 'users.csv' }));
  await expect(alert).toContainText(t('tenant.restore.unchanged'));
  await page.reload();
  await expect(portal.onboarding).toBeVisible();
});

test('only org admins see Export Tenant Data', async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('reports');
  await page.getByRole('tab', { name: t('report.tab.tenant') }).click();
  await expect(page.getByRole('button', { name: t('tenant.export.create') })).toBeVisible();
  // A group admin has reports of their groups, without the tenant's data.
  await portal.actAs(DEMO.groupAdmin.phone);
  await expect(page.getByRole('tab', { name: t('report.tab.adoption') })).toBeVisible();
  await expect(page.getByRole('tab', { name: t('report.tab.tenant') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('tenant.export.create') })).toHaveCount(0);
  // A member has no Reports at all: not in the navigation, and told why by address.
  await portal.actAs(DEMO.member.phone);
  await expect(page.getByRole('link', { name: t('nav.reports') })).toHaveCount(0);
  await expect(page.getByText(t('report.noAccess'))).toBeVisible();
  await expect(page.getByRole('button', { name: t('tenant.export.create') })).toHaveCount(0);
});

/**
 * A valid package of `extra` users more than the small fixture: the fixture's files, with
 * users.csv grown and the descriptor's size, hash and row count made to match.
 */
async function bigPackage(extra: number): Promise<Uint8Array> {
  const base = unzipSync(new Uint8Array(await readFile(new URL('valid.zip', FIXTURES))));
  const users = strFromU8(base['users.csv']!);
  const lines: string[] = [];
  for (let i = 0; i < extra; i++)
    lines.push(
      `+4853${String(i).padStart(7, '0')},Użytkownik ${i},employee,member,import,2026-03-01T10:00:00.000Z,2026-03-01T10:00:00.000Z,Dział ${i % 40}\r\n`,
    );
  base['users.csv'] = strToU8(users + lines.join(''));
  const d = JSON.parse(strFromU8(base['datapackage.json']!)) as {
    resources: Array<{ path: string; bytes: number; hash: string; 'kaizala:rows': number }>;
  };
  const r = d.resources.find((x) => x.path === 'users.csv')!;
  r.bytes = base['users.csv'].length;
  r.hash = `sha256:${createHash('sha256').update(base['users.csv']).digest('hex')}`;
  r['kaizala:rows'] += extra;
  base['datapackage.json'] = strToU8(JSON.stringify(d));
  return zipSync(base, { level: 1 });
}

/** Users stored in the lab's database, read straight from IndexedDB. */
function storedUsers(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kaizala-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('users')) return resolve(0);
          const count = db.transaction('users').objectStore('users').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

test('closing the page during a restore leaves the old sandbox or the new one, never a mix', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const EXTRA = 20_000;
  const path = testInfo.outputPath('big-tenant.zip');
  await writeFile(path, await bigPackage(EXTRA));
  /** Starts a restore in a fresh browser profile; the page and when it was clicked. */
  const start = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/portal/');
    await restore(page, path);
    return { context, page, at: Date.now() };
  };
  // One restore left to finish tells how long a whole one takes here…
  const whole = await start();
  await expect(whole.page.getByText('Fixture Sp. z o.o.')).toBeVisible({ timeout: 240_000 });
  const took = Date.now() - whole.at;
  expect(await storedUsers(whole.page)).toBe(EXTRA + 3);
  await whole.context.close();
  // …then restores are cut off at moments through it: while the zip is read and checked, and
  // while the one transaction writes it.
  const outcomes: string[] = [];
  for (const share of [0.2, 0.4, 0.55, 0.65, 0.75, 0.9]) {
    const run = await start();
    await run.page.waitForTimeout(Math.round(took * share));
    await run.page.close();
    const again = await run.context.newPage();
    await again.goto('/portal/');
    const users = await storedUsers(again);
    expect([0, EXTRA + 3], `closed at ${Math.round(share * 100)}% of ${took} ms`).toContain(users);
    outcomes.push(`${Math.round(share * 100)}%: ${users}`);
    // The page agrees: onboarding for the old (empty) sandbox, the organization for the new.
    if (users === 0)
      await expect(again.getByRole('region', { name: t('onboarding.title') })).toBeVisible();
    else await expect(again.getByText('Fixture Sp. z o.o.')).toBeVisible();
    await run.context.close();
  }
  testInfo.annotations.push({ type: 'outcomes', description: outcomes.join(', ') });
  console.log(
    `restore of ${EXTRA + 3} users: ${took} ms; users after each cut:`,
    outcomes.join(', '),
  );
});
