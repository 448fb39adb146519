// `npm run lighthouse`: Lighthouse (mobile preset: its default form factor and simulated
// throttling) on the built site, served from loopback with gzip as a static host would, in
// Debian's Chromium (never a downloaded browser). Each page runs RUNS times, in English and
// Polish; bench/lighthouse.json keeps the medians and every run's scores, bench/lighthouse.md
// the table. Exits 1 when a median misses a target of SPEC §14 (bench/lighthouse-summary.mjs).
// Usage: node bench/lighthouse.mjs [--runs 3] [--only landing,portal] [--lang en] [--keep DIR]
// (--only and --lang measure a part and write no results; --keep DIR saves each run's report)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serveDist } from '../scripts/serve-dist.mjs';
import { CATEGORIES, TARGETS, markdownTable, misses, summarize } from './lighthouse-summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(arg('--runs') ?? 3);
const only = arg('--only')?.split(',');
const langs = arg('--lang')?.split(',') ?? ['en', 'pl'];
const keep = arg('--keep');
// Its own port, apart from the e2e preview (4321) and the benchmarks (4390).
const PORT = Number(process.env.KL_LIGHTHOUSE_PORT ?? 4377);

/**
 * The pages of SPEC §14 and issue 14, by their English path (Polish under /pl). Every guide
 * embeds an island, so "a guide without one" is the roles guide with its island and its
 * preloads cut out of the HTML (as the bundle budget test does): the guide chrome alone.
 */
const PAGES = [
  { page: 'landing', path: '/' },
  { page: 'guide with an island (directory)', path: '/guides/directory/', key: 'guide-island' },
  { page: 'guide without an island (roles, island cut)', path: '/lh-no-island/', key: 'guide' },
  { page: 'portal', path: '/portal/' },
  { page: 'practice', path: '/practice/' },
  { page: 'templates', path: '/templates/' },
].filter((p) => !only || only.includes(p.key ?? p.page));

const executable = chromiumPath();
if (!executable) throw new Error('Chromium not found: node scripts/ensure-tools.mjs chromium');

// A private copy of the build, so a rebuild during the run cannot change it.
const site = mkdtempSync(join(tmpdir(), 'kl-lighthouse-site-'));
cpSync(join(root, 'dist'), site, { recursive: true });
for (const prefix of ['', '/pl']) {
  const html = readFileSync(join(site, `${prefix}/guides/roles/index.html`), 'utf8')
    .replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  mkdirSync(join(site, `${prefix}/lh-no-island`), { recursive: true });
  writeFileSync(join(site, `${prefix}/lh-no-island/index.html`), html);
}
const stop = await serveDist(PORT, site, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: executable,
  chromeFlags: [...chromiumArgs, '--headless=new'],
});
// Stopped early (Ctrl-C): the browser and the copy go too.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    chrome.kill();
    rmSync(site, { recursive: true, force: true });
    process.exit(130);
  });

const rows = [];
const raw = [];
try {
  for (const { page, path } of PAGES)
    for (const lang of langs) {
      const url = `http://127.0.0.1:${PORT}${lang === 'en' ? '' : `/${lang}`}${path}`;
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError)
          throw new Error(
            `${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
          );
        runs.push(result.lhr);
        if (keep) {
          mkdirSync(keep, { recursive: true });
          const name = `${(PAGES.find((p) => p.path === path)?.key ?? page).replace(/\W+/g, '-')}-${lang}-${i + 1}.json`;
          writeFileSync(join(keep, name), JSON.stringify(result.lhr));
        }
      }
      const row = summarize({ page, lang, url: url.replace(/^http:\/\/[^/]+/, '') }, runs);
      rows.push(row);
      raw.push({
        ...row,
        each: runs.map((r) =>
          Object.fromEntries(
            CATEGORIES.map((id) => [id, Math.round((r.categories[id]?.score ?? NaN) * 100)]),
          ),
        ),
      });
      console.log(
        `${page} (${lang}): ${CATEGORIES.map((id) => `${id} ${row.scores[id]}`).join(', ')}; ` +
          `LCP ${Math.round(row.lcp)} ms, TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(3)}` +
          (row.failed.length ? `; failed: ${row.failed.join(', ')}` : ''),
      );
    }
} finally {
  await chrome.kill();
  await stop();
  rmSync(site, { recursive: true, force: true });
}

const missed = rows.flatMap(misses);
/** The hand-written "## Notes" of the last report (what the figures mean), kept as they were. */
function notes() {
  try {
    const last = readFileSync(join(root, 'bench/lighthouse.md'), 'utf8');
    const at = last.indexOf('\n## Notes');
    return at === -1 ? '' : `${last.slice(at + 1).trimEnd()}\n`;
  } catch {
    return '';
  }
}
const when = new Date().toISOString();
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')} at the end`;
const version = JSON.parse(
  readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
).version;
if (!only && langs.length === 2) {
  writeFileSync(
    join(root, 'bench/lighthouse.json'),
    `${JSON.stringify({ when, machine, lighthouse: version, runs: RUNS, targets: TARGETS, pages: raw }, null, 2)}\n`,
  );
  writeFileSync(
    join(root, 'bench/lighthouse.md'),
    [
      '# Lighthouse (mobile preset)',
      '',
      `\`npm run lighthouse\` on ${when.slice(0, 16).replace('T', ' ')} UTC: Lighthouse ${version}, Debian Chromium, ` +
        `the built site served from loopback with gzip; ${RUNS === 1 ? 'each page once' : `each page ${RUNS} times, the median of each figure`}. ` +
        `Targets (SPEC §14): performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, ` +
        `best practices ${TARGETS['best-practices']} (a miss in bold). Failed audits: every run's; ` +
        '`(n/runs)` when only some runs failed it.',
      '',
      `Machine: ${machine}.`,
      '',
      markdownTable(rows),
      '',
      missed.length ? `Missed:\n\n${missed.map((m) => `- ${m}`).join('\n')}` : 'Every target met.',
      '',
      notes(),
    ].join('\n'),
  );
}
if (missed.length) {
  console.error(`\nTargets missed:\n${missed.join('\n')}`);
  process.exitCode = 1;
} else console.log('\nEvery Lighthouse target met.');
