// Pure helpers of `npm run lighthouse` (bench/lighthouse.mjs): from Lighthouse results (LHR
// JSON) to one row per page and language, the targets of SPEC §14 checked, and the Markdown
// table. Kept apart from the runner so the gate's arithmetic is unit-tested without a browser.

/** SPEC §14 "Lighthouse (mobile preset)": the least score (0–100) each category must reach. */
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };

/** The categories the gate reads; SEO is reported too, as information. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Median of numbers (the mean of the middle two for an even count). Three runs of a noisy
 * machine: the median drops one outlier either way, which the mean would not.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Ids of the audits one run failed in the gated categories. Accessibility and best-practices
 * audits pass only at score 1 (one failure is what keeps the category under 100). In
 * performance the metrics themselves are left out (their values are in the table; TTI and max
 * potential FID are hidden metrics of no weight) and an
 * opportunity or diagnostic counts as failed under 0.9, Lighthouse's own "passed" line.
 * @param {any} lhr a Lighthouse result
 * @returns {string[]}
 */
export function failedAudits(lhr) {
  const failed = new Set();
  for (const id of Object.keys(TARGETS)) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null) continue;
      if (['notApplicable', 'manual', 'informative', 'error'].includes(audit.scoreDisplayMode))
        continue;
      if (id === 'performance' && (ref.group === 'metrics' || ref.group === 'hidden')) continue;
      const line = id === 'performance' ? 0.9 : 1;
      if (audit.score < line) failed.add(ref.id);
    }
  }
  return [...failed].sort();
}

/**
 * One row of the report from the runs of one page in one language: the median of each score
 * and metric, taken separately, and every audit that failed in any run with how many runs it
 * failed in (`id (1/3)` marks an audit that comes and goes with the machine's load).
 * @param {{ page: string, lang: string, url: string }} where
 * @param {any[]} runs Lighthouse results of that page
 */
export function summarize(where, runs) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [
      id,
      median(
        runs.map((r) =>
          r.categories[id]?.score == null ? NaN : Math.round(r.categories[id].score * 100),
        ),
      ),
    ]),
  );
  const metric = (id) => median(runs.map((r) => r.audits[id]?.numericValue ?? NaN));
  const counts = new Map();
  for (const run of runs)
    for (const id of failedAudits(run)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const failed = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, n]) => (n === runs.length ? id : `${id} (${n}/${runs.length})`));
  return {
    ...where,
    runs: runs.length,
    scores,
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failed,
  };
}

/**
 * The targets a row misses, as sentences for the console and the report.
 * @param {ReturnType<typeof summarize>} row
 * @returns {string[]}
 */
export function misses(row) {
  return Object.entries(TARGETS)
    .filter(([id, least]) => !(row.scores[id] >= least))
    .map(([id, least]) => `${row.page} (${row.lang}): ${id} ${row.scores[id]} < ${least}`);
}

const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');
const score = (v) => (Number.isFinite(v) ? String(v) : '–');

/**
 * The Markdown table of bench/lighthouse.md: page × language, the three gated scores (a missed
 * one in bold), SEO, LCP, TBT, CLS and the failed audits.
 * @param {ReturnType<typeof summarize>[]} rows
 */
export function markdownTable(rows) {
  const gated = (row, id) => {
    const text = score(row.scores[id]);
    return row.scores[id] >= TARGETS[id] ? text : `**${text}**`;
  };
  const lines = [
    '| page | lang | performance | accessibility | best practices | SEO | LCP | TBT | CLS | failed audits |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.page} | ${row.lang} | ${gated(row, 'performance')} | ${gated(row, 'accessibility')} | ${gated(row, 'best-practices')} | ${score(row.scores.seo)} | ${ms(row.lcp)} | ${ms(row.tbt)} | ${Number.isFinite(row.cls) ? row.cls.toFixed(3) : '–'} | ${row.failed.map((id) => `\`${id}\``).join(', ') || '–'} |`,
    );
  return lines.join('\n');
}
