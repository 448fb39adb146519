import { useState } from 'preact/hooks';
import type { ExerciseView } from '../../app/kernel/client';
import { useCommand } from '../hooks';
import { t } from '../i18n';
import { Field } from '../kit/Field';
import { Problems } from '../kit/Problems';
import { tx } from './texts';

/** The answer to an exercise's question, kept in the sandbox for Check to read. */
export function AnswerForm(props: { exercise: ExerciseView }) {
  const ex = props.exercise;
  const [value, setValue] = useState(ex.answered ?? '');
  const [saved, setSaved] = useState(false);
  const save = useCommand();
  return (
    <form
      class="kl-card kl-practice__answer"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(Boolean(await save.exec('practice-answer', { id: ex.id, answer: value })));
      }}
    >
      <Field label={tx(ex.id, 'question', ex.facts)}>
        {(id) => (
          <input
            id={id}
            type={ex.answer === 'number' ? 'number' : 'text'}
            inputMode={ex.answer === 'number' ? 'numeric' : undefined}
            value={value}
            onInput={(e) => {
              setValue(e.currentTarget.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <button type="submit" class="kl-btn" disabled={save.busy}>
        {t('practice.answer.save')}
      </button>
      <Problems problems={[]} error={save.error} />
      {saved && (
        <p class="kl-muted" role="status">
          {t('practice.answer.saved')}
        </p>
      )}
    </form>
  );
}
