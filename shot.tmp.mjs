import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const [w, name] of [[1280,'wide'],[390,'narrow']]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  await p.goto('http://127.0.0.1:4321/portal/#settings');
  await p.getByRole('button', { name: /Load demo organization/ }).click();
  await p.waitForTimeout(3000);
  await p.goto('http://127.0.0.1:4321/portal/#directory');
  await p.waitForTimeout(2000);
  await p.getByRole('button', { name: /Export Users/ }).click();
  await p.getByRole('button', { name: /Create New Request/ }).click();
  await p.getByRole('button', { name: 'Create request' }).click();
  await p.waitForTimeout(3000);
  await p.getByRole('button', { name: /Create New Request/ }).click();
  await p.getByRole('radio', { name: /Others only/ }).check();
  await p.getByRole('button', { name: 'Create request' }).click();
  await p.waitForTimeout(3000);
  await p.screenshot({ path: `/tmp/exp-${name}.png`, fullPage: false });
  await p.close();
}
await b.close();
