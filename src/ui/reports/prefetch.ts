import { query, type QueryInput, type QueryOutput } from '../../app/kernel/client';

/**
 * Reports opened by address (`#reports`): the first report (Adoption of the default period)
 * is asked of the jobs worker while the page still reads its session and loads the Reports
 * code, as the directory prefetches its first rows. Used once, by the first Adoption shown.
 */

/** Groups drawn in the Adoption chart (the CSV has them all). */
export const CHART_GROUPS = 10;

type Adoption = QueryOutput<'report-adoption'>;
let early: Promise<Adoption> | undefined;

export function prefetchAdoption(): void {
  if (early) return;
  early = query('report-adoption', { limit: CHART_GROUPS });
  // A refusal (a member) is said by the view's own query, if it asks.
  early.catch(() => undefined);
}

/**
 * The prefetched Adoption, if it answers `input` (the default period it was computed for,
 * the whole scope, the chart's groups); otherwise undefined. Taken once.
 */
export function takeAdoption(input: QueryInput<'report-adoption'>): Promise<Adoption> | undefined {
  const got = early;
  early = undefined;
  if (!got || input.groupId !== undefined || input.limit !== CHART_GROUPS) return undefined;
  return got.then(
    (v) =>
      v.window.from === input.from && v.window.to === input.to
        ? v
        : query('report-adoption', input),
    () => query('report-adoption', input),
  );
}
