/** The simulated clock: real time plus an offset kept on the organization. */

export const DAY_MS = 86_400_000;

/** Current simulated time. `real` is injectable so tests can pin it. */
export function simulatedNow(offset: number, real: number = Date.now()): number {
  return real + offset;
}

/** Offset after advancing the simulated clock by whole days. */
export function advanceOffset(offset: number, days: number): number {
  return offset + days * DAY_MS;
}

/**
 * The local day and minute of `now` for a file name, e.g. `2026-12-04-1430`: two files made
 * on one day are told apart.
 */
export function fileStamp(now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}
