import type { Problem } from '../../domain/errors';
import { t, tProblem } from '../i18n';

/** The problems of a refused form, each naming its field and the fix. */
export function Problems(props: { problems: readonly Problem[]; error?: string | undefined }) {
  if (props.problems.length === 0 && !props.error) return null;
  return (
    <div class="kl-alert kl-alert--error" role="alert">
      {props.error && <p>{props.error}</p>}
      {props.problems.length > 0 && (
        <>
          <p>{t('form.fixProblems', { count: props.problems.length })}</p>
          <ul>
            {props.problems.map((p, i) => (
              <li key={i}>{tProblem(p)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The first problem about one field, for `aria-describedby` under that field. */
export function fieldProblem(problems: readonly Problem[], column: string): string | undefined {
  const p = problems.find((x) => x.column === column);
  return p ? tProblem(p) : undefined;
}
