import type { ExerciseView } from '../../app/kernel/client';
import { formatDate, locale, t } from '../i18n';
import './texts';

/** Not started / Started (when) / Passed (when). */
export function StatusBadge(props: { exercise: ExerciseView }) {
  const p = props.exercise.progress;
  // Read so that a language switch re-renders the dates.
  void locale.value;
  if (!p) return <span class="kl-badge">{t('practice.status.new')}</span>;
  if (p.status === 'passed')
    return (
      <span class="kl-badge kl-badge--completed">
        {t('practice.status.passed', { when: formatDate(p.passedAt ?? p.startedAt) })}
      </span>
    );
  return (
    <span class="kl-badge kl-badge--processing">
      {t('practice.status.started', { when: formatDate(p.startedAt) })}
    </span>
  );
}
