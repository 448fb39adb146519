import type { ListOutcome } from '../../app/kernel/client';
import { t, tProblem } from '../i18n';
import { ScrollX } from './ScrollX';

type Done = Exclude<ListOutcome, { status: 'invalid' }>;

/**
 * What happened to each number of a list (directory Add Users, a group's Add via Phone
 * Number): a summary line, then a row per entry — done, already there, or not added with the
 * problem's reason and fix. The caller words the done rows, which mean different things in
 * the directory and in a group.
 */
export function ListOutcomes(props: {
  outcomes: readonly ListOutcome[];
  summary: string;
  describe: (outcome: Done) => string;
}) {
  return (
    <div role="status">
      <p>{props.summary}</p>
      <ScrollX label={props.summary}>
        <table class="kl-simple-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('add.entry')}</th>
              <th scope="col">{t('add.result')}</th>
            </tr>
          </thead>
          <tbody>
            {props.outcomes.map((o) => (
              <tr key={o.entry} class={`kl-outcome kl-outcome--${o.status}`}>
                <td>{o.entry}</td>
                <td>{o.raw}</td>
                <td>
                  {o.status === 'invalid'
                    ? `${t('add.outcome.invalid')}: ${tProblem(o.problem)}`
                    : props.describe(o)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
    </div>
  );
}

/** How many outcomes have each status. */
export function countOutcomes(
  outcomes: readonly ListOutcome[],
): Record<ListOutcome['status'], number> {
  const counts = { added: 0, present: 0, invalid: 0 };
  for (const o of outcomes) counts[o.status]++;
  return counts;
}
