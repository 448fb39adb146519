import type { Params, Problem } from '../../domain/errors';
import type { ListEntry } from '../../io/phone';
import { phoneIo } from '../kernel/modules';

/** What happened to one entry of a list of numbers (directory Add Users, a group's Add). */
export type ListOutcome =
  | { entry: number; raw: string; status: 'added'; phone: string }
  | { entry: number; raw: string; status: 'present'; phone: string }
  | { entry: number; raw: string; status: 'invalid'; problem: Problem };

/** Decides one readable, first-seen number of a list; `invalid` builds a refusal of it. */
export type DecideEntry = (
  phone: string,
  invalid: (code: string, params?: Params) => ListOutcome,
  at: { entry: number; raw: string },
) => ListOutcome;

/**
 * One outcome per entry of a list (SPEC §3, §7): a number that cannot be read and a number
 * the list already had are refused here with the reason; every other one is `decide`d. So
 * both lists refuse the same entries with the same words, and one bad entry never holds back
 * the rest.
 */
export function listOutcomes(entries: readonly ListEntry[], decide: DecideEntry): ListOutcome[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const { entry, raw } = e;
    if (!e.result.ok)
      return { entry, raw, status: 'invalid', problem: phoneIo().phoneProblem(e.result, entry) };
    const invalid = (code: string, params?: Params): ListOutcome => ({
      entry,
      raw,
      status: 'invalid',
      problem: { row: entry, column: 'phone', value: raw, code, ...(params ? { params } : {}) },
    });
    const phone = e.result.e164;
    const earlier = seen.get(phone);
    if (earlier !== undefined) return invalid('list.duplicate', { entry: earlier });
    seen.set(phone, entry);
    return decide(phone, invalid, { entry, raw });
  });
}
