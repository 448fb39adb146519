import type { CheckResult, ExerciseView } from '../../app/kernel/client';
import { t } from '../i18n';
import { SimpleTable } from '../kit/SimpleTable';
import { criterionText, tipText } from './texts';

/** The summary of a Check, for the page's status line. */
export function checkSummary(result: CheckResult): string {
  const done = result.criteria.filter((c) => c.passed).length;
  return result.passed
    ? t('practice.check.passed')
    : t('practice.check.failed', { done, total: result.criteria.length });
}

/** Check's answer: each criterion, done or not, with a tip for what is missing. */
export function CheckTable(props: { exercise: ExerciseView; result: CheckResult }) {
  const { exercise: ex, result } = props;
  return (
    <section class="kl-practice__check" aria-labelledby="kl-ex-check">
      <h3 id="kl-ex-check">{t('practice.check.caption')}</h3>
      <p class={result.passed ? 'kl-alert kl-alert--ok' : 'kl-alert kl-alert--warn'}>
        {checkSummary(result)}
      </p>
      <SimpleTable
        caption={t('practice.check.caption')}
        columns={[t('practice.check.criterion'), t('practice.check.result')]}
      >
        {result.criteria.map((c) => {
          const params = { ...ex.facts, ...c.params };
          return (
            <tr key={c.key}>
              <td>
                {criterionText(ex.id, c.key, params)}
                {/* What is missing, under the criterion: two columns fit a phone's width. */}
                {!c.passed && (
                  <p class="kl-practice__tip">
                    {t('practice.check.tip', { tip: tipText(ex.id, c.key, params) })}
                  </p>
                )}
              </td>
              <td>
                <span
                  class={c.passed ? 'kl-badge kl-badge--completed' : 'kl-badge kl-badge--failed'}
                >
                  {c.passed ? t('practice.check.ok') : t('practice.check.missing')}
                </span>
              </td>
            </tr>
          );
        })}
      </SimpleTable>
    </section>
  );
}
