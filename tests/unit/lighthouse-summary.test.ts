import { describe, expect, it } from 'vitest';
import {
  failedAudits,
  markdownTable,
  median,
  misses,
  summarize,
} from '../../bench/lighthouse-summary.mjs';

/** A Lighthouse result cut down to what the summary reads. */
function run(scores: { perf: number; a11y: number; bp: number }, lcp: number, extra = {}) {
  const audits: Record<string, object> = {
    'largest-contentful-paint': { score: 0.9, scoreDisplayMode: 'numeric', numericValue: lcp },
    'total-blocking-time': { score: 1, scoreDisplayMode: 'numeric', numericValue: 40 },
    'cumulative-layout-shift': { score: 1, scoreDisplayMode: 'numeric', numericValue: 0.002 },
    interactive: { score: 0.2, scoreDisplayMode: 'numeric', numericValue: 9000 },
    'render-blocking-insight': { score: 0.5, scoreDisplayMode: 'metricSavings' },
    'unused-javascript': { score: 0.95, scoreDisplayMode: 'metricSavings' },
    'landmark-one-main': { score: 0, scoreDisplayMode: 'binary' },
    'color-contrast': { score: 1, scoreDisplayMode: 'binary' },
    'errors-in-console': { score: 1, scoreDisplayMode: 'binary' },
    'aria-allowed-role': { score: null, scoreDisplayMode: 'notApplicable' },
    ...extra,
  };
  return {
    categories: {
      performance: {
        score: scores.perf,
        auditRefs: [
          { id: 'largest-contentful-paint', group: 'metrics' },
          { id: 'total-blocking-time', group: 'metrics' },
          { id: 'cumulative-layout-shift', group: 'metrics' },
          { id: 'interactive', group: 'hidden' },
          { id: 'render-blocking-insight', group: 'insights' },
          { id: 'unused-javascript', group: 'diagnostics' },
        ],
      },
      accessibility: {
        score: scores.a11y,
        auditRefs: [
          { id: 'landmark-one-main' },
          { id: 'color-contrast' },
          { id: 'aria-allowed-role' },
        ],
      },
      'best-practices': { score: scores.bp, auditRefs: [{ id: 'errors-in-console' }] },
      seo: { score: 1, auditRefs: [] },
    },
    audits,
  };
}

describe('Lighthouse summary (npm run lighthouse)', () => {
  it('takes the median, dropping one outlier either way', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 90, 91])).toBe(90);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('lists failed audits, not the metrics and not what passed or does not apply', () => {
    expect(failedAudits(run({ perf: 0.9, a11y: 0.98, bp: 1 }, 2000))).toEqual([
      'landmark-one-main',
      'render-blocking-insight',
    ]);
  });

  it('summarizes runs by the median of each figure and marks audits that failed only sometimes', () => {
    const errors = { 'errors-in-console': { score: 0, scoreDisplayMode: 'binary' } };
    const row = summarize({ page: 'portal', lang: 'pl', url: '/pl/portal/' }, [
      run({ perf: 0.97, a11y: 0.98, bp: 1 }, 1800),
      run({ perf: 0.6, a11y: 0.98, bp: 0.96 }, 4000, errors),
      run({ perf: 0.95, a11y: 0.98, bp: 1 }, 2000),
    ]);
    expect(row.scores).toEqual({
      performance: 95,
      accessibility: 98,
      'best-practices': 100,
      seo: 100,
    });
    expect(row.lcp).toBe(2000);
    expect(row.failed).toEqual([
      'errors-in-console (1/3)',
      'landmark-one-main',
      'render-blocking-insight',
    ]);
    expect(misses(row)).toEqual(['portal (pl): accessibility 98 < 100']);
    expect(markdownTable([row])).toContain(
      '| portal | pl | 95 | **98** | 100 | 100 | 2000 ms | 40 ms | 0.002 | `errors-in-console (1/3)`, `landmark-one-main`, `render-blocking-insight` |',
    );
  });

  it('misses performance under 95 and best practices under 100', () => {
    const row = summarize({ page: 'landing', lang: 'en', url: '/' }, [
      run({ perf: 0.94, a11y: 1, bp: 0.96 }, 2000),
    ]);
    expect(misses(row)).toEqual([
      'landing (en): performance 94 < 95',
      'landing (en): best-practices 96 < 100',
    ]);
  });
});
