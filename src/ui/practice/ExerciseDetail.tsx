import { useEffect, useRef, useState } from 'preact/hooks';
import { query, type CheckResult, type ExerciseView, type Session } from '../../app/kernel/client';
import { useCommand } from '../hooks';
import { locale, localizedPath, t } from '../i18n';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Problems } from '../kit/Problems';
import { downloadBlob } from '../kit/download';
import { StatusBadge } from './StatusBadge';
import { CheckTable, checkSummary } from './CheckTable';
import { AnswerForm } from './AnswerForm';
import { guideTitle, tx, upTo } from './texts';

/** One exercise: goal, steps, hints, its file, Start and Check. */
export function ExerciseDetail(props: { exercise: ExerciseView; session: Session }) {
  const ex = props.exercise;
  const f = ex.facts;
  const heading = useRef<HTMLHeadingElement>(null);
  const [hints, setHints] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [started, setStarted] = useState(false);
  const [result, setResult] = useState<CheckResult>();
  const starter = useCommand();
  const checker = useCommand();
  const sample = useCommand();
  // Opened from the list or a guide: the reader lands on the exercise's title.
  useEffect(() => heading.current?.focus(), []);
  const prefix = locale.value === 'pl' ? '/pl' : '';

  const start = async () => {
    setResult(undefined);
    setStarted(false);
    // Refused, the dialog stays open with the reason.
    if (await starter.exec('practice-start', { id: ex.id, locale: locale.value })) {
      setConfirm(false);
      setStarted(true);
    }
  };
  const check = async () => {
    // The last answer goes while Check reads again: an old table never passes for a new one.
    setResult(undefined);
    const done = await checker.exec('practice-check', { id: ex.id });
    if (done) setResult(done.value);
  };
  const download = async () => {
    const file = await sample.call(() => query('practice-sample', { id: ex.id }));
    if (file) downloadBlob(new Blob([file.value.text], { type: 'text/csv' }), file.value.name);
  };
  // One live region, always present, says what Start and Check did.
  const status = starter.busy
    ? t('practice.starting')
    : checker.busy
      ? t('practice.checking')
      : result
        ? checkSummary(result)
        : started
          ? t('practice.started')
          : '';

  return (
    <article class="kl-practice" aria-labelledby="kl-ex-title">
      <p>
        <a href="#">{t('practice.back')}</a>
      </p>
      <h2 id="kl-ex-title" tabIndex={-1} ref={heading}>
        {tx(ex.id, 'title', f)}
      </h2>
      <p>
        <StatusBadge exercise={ex} />
      </p>
      <h3>{t('practice.goal')}</h3>
      <p>{tx(ex.id, 'goal', f)}</p>
      <h3>{t('practice.guides')}</h3>
      <ul>
        {ex.guides.map((slug) => (
          <li key={slug}>
            <a href={`${prefix}/guides/${slug}/`}>{guideTitle(slug)}</a>
          </li>
        ))}
      </ul>

      <div class="kl-actions">
        <button
          type="button"
          class="kl-btn kl-btn--primary"
          disabled={starter.busy}
          onClick={() => (props.session.org ? setConfirm(true) : void start())}
        >
          {ex.progress ? t('practice.restart') : t('practice.start')}
        </button>
      </div>
      {!confirm && <Problems problems={[]} error={starter.error} />}
      <p class="kl-practice__status" role="status">
        {status}
        {started && !starter.busy && !checker.busy && !result && (
          <>
            {' '}
            <a href={localizedPath('/portal/', locale.value)}>{t('practice.openPortal')}</a>
          </>
        )}
      </p>

      <h3>{t('practice.steps')}</h3>
      <ol>
        {upTo(ex.steps).map((n) => (
          <li key={n}>{tx(ex.id, `step.${n}`, f)}</li>
        ))}
      </ol>
      {ex.sample && (
        <p>
          <button type="button" class="kl-btn" disabled={sample.busy} onClick={download}>
            {t('practice.sample', { file: ex.sample })}
          </button>
        </p>
      )}
      <Problems problems={[]} error={sample.error} />
      <button
        type="button"
        class="kl-btn kl-btn--link"
        aria-expanded={hints}
        aria-controls="kl-ex-hints"
        onClick={() => setHints(!hints)}
      >
        {hints ? t('practice.hints.hide') : t('practice.hints.show')}
      </button>
      <ul
        id="kl-ex-hints"
        class="kl-practice__hints"
        aria-label={t('practice.hints')}
        hidden={!hints}
      >
        {upTo(ex.hints).map((n) => (
          <li key={n}>{tx(ex.id, `hint.${n}`, f)}</li>
        ))}
      </ul>

      {/* Keyed by the Start it answers: a new Start clears the stored answer, so the field too. */}
      {ex.answer && props.session.org && <AnswerForm key={ex.progress?.startedAt} exercise={ex} />}

      <div class="kl-actions">
        <button
          type="button"
          class="kl-btn kl-btn--primary"
          disabled={checker.busy}
          onClick={check}
        >
          {checker.busy ? t('practice.checking') : t('practice.check')}
        </button>
      </div>
      <Problems problems={[]} error={checker.error} />
      {!props.session.org && <p class="kl-muted">{t('practice.noOrg')}</p>}
      {result && <CheckTable exercise={ex} result={result} />}

      {confirm && (
        <ConfirmDialog
          title={t('practice.confirm.title')}
          confirmLabel={t('practice.confirm.ok')}
          busy={starter.busy}
          error={starter.error}
          onConfirm={start}
          onClose={() => {
            setConfirm(false);
            starter.reset();
          }}
        >
          <p>{t('practice.confirm.body', { org: props.session.org?.name ?? '' })}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
