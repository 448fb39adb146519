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
