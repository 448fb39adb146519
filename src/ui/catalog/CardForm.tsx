import '../../i18n/areas';
import { useId, useRef, useState } from 'preact/hooks';
import { LIST_LIMITS } from '../../domain/conversation';
import type { ActionType, Card, OrgAction } from '../../domain/types';
import type { Problem } from '../../domain/errors';
import { useCommand } from '../hooks';
import { Field, TextField } from '../kit/Field';
import { Problems, fieldProblem } from '../kit/Problems';
import { keepFocus } from '../kit/keep-focus';
import { actionLabel } from './labels';
import { t } from '../i18n';

type ListColumn = keyof typeof LIST_LIMITS;
const LIST_OF: Partial<Record<ActionType, ListColumn>> = {
  poll: 'options',
  survey: 'questions',
  checklist: 'items',
};

/** Poll options, survey questions or checklist items: one labelled input each, add and remove. */
function ListEditor(props: {
  column: ListColumn;
  values: string[];
  onChange: (values: string[]) => void;
  problems: readonly Problem[];
}) {
  const { min, max } = LIST_LIMITS[props.column];
  const base = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const error = fieldProblem(props.problems, props.column);
  const set = (i: number, value: string) =>
    props.onChange(props.values.map((v, j) => (j === i ? value : v)));
  return (
    <fieldset ref={root} class={error ? 'kl-list-editor kl-field--invalid' : 'kl-list-editor'}>
      <legend>{t(`conversation.list.${props.column}`)}</legend>
      {props.values.map((value, i) => (
        <div class="kl-list-editor__row" key={i}>
          <label for={`${base}-${i}`}>
            {t(`conversation.list.${props.column}.item`, { n: i + 1 })}
          </label>
          <input id={`${base}-${i}`} value={value} onInput={(e) => set(i, e.currentTarget.value)} />
          <button
            type="button"
            class="kl-icon-btn"
            disabled={props.values.length <= min}
            aria-label={t(`conversation.list.${props.column}.remove`, { n: i + 1 })}
            onClick={() => {
              props.onChange(props.values.filter((_, j) => j !== i));
              // The button went with its entry: the entry now in its place takes the focus.
              setTimeout(() => {
                const inputs = root.current?.querySelectorAll<HTMLInputElement>(
                  '.kl-list-editor__row input',
                );
                if (inputs?.length) inputs[Math.min(i, inputs.length - 1)]!.focus();
              });
            }}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        class="kl-btn kl-btn--small"
        disabled={props.values.length >= max}
        onClick={() => {
          props.onChange([...props.values, '']);
          // Typing goes on in the new entry.
          setTimeout(() =>
            root.current
              ?.querySelector<HTMLInputElement>('.kl-list-editor__row:last-of-type input')
              ?.focus(),
          );
        }}
      >
        {t(`conversation.list.${props.column}.add`)}
      </button>
      {error && <p class="kl-field__error">{error}</p>}
    </fieldset>
  );
}

interface Draft {
  title: string;
  text: string;
  list: string[];
  at: string;
  place: string;
}

function emptyDraft(type: ActionType): Draft {
  const column = LIST_OF[type];
  return {
    title: '',
    text: '',
    list: column ? Array.from({ length: LIST_LIMITS[column].min }, () => '') : [],
    at: '',
    place: '',
  };
}

/** The card a draft makes; the command validates it and names each problem's field. */
function toCard(type: ActionType, d: Draft): Card {
  switch (type) {
    case 'poll':
      return { type, question: d.title, options: d.list };
    case 'survey':
      return { type, title: d.title, questions: d.list };
    case 'checklist':
      return { type, title: d.title, items: d.list };
    case 'meet':
      // `datetime-local` is read in the browser's time zone; empty stays NaN and is reported.
      return {
        type,
        title: d.title,
        at: d.at ? new Date(d.at).getTime() : Number.NaN,
        place: d.place,
      };
    case 'attendance':
      return { type, title: d.title };
    default:
      return { type, title: d.title, text: d.text };
  }
}

/** Conversation → the form of one Action's card (poll question and options, survey questions…). */
export function CardForm(props: { groupId: string; action: OrgAction; onSent: () => void }) {
  const { type } = props.action;
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(type));
  const cmd = useCommand();
  const edit = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const column = LIST_OF[type];
  const titleColumn = type === 'poll' ? 'question' : 'title';
  return (
    <form
      class="kl-card kl-card-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const submitter = (e as SubmitEvent).submitter;
        const out = await cmd.exec('action-send', {
          groupId: props.groupId,
          actionId: props.action.id,
          card: toCard(type, draft),
        });
        if (out) {
          setDraft(emptyDraft(type));
          props.onSent();
        } else keepFocus(submitter);
      }}
    >
      <h4>{t('conversation.send.heading', { action: actionLabel(props.action) })}</h4>
      <Problems problems={cmd.problems} error={cmd.error} />
      <TextField
        label={t(`conversation.field.${titleColumn}`)}
        value={draft.title}
        onValue={(title) => edit({ title })}
        error={fieldProblem(cmd.problems, titleColumn)}
      />
      {column && (
        <ListEditor
          column={column}
          values={draft.list}
          onChange={(list) => edit({ list })}
          problems={cmd.problems}
        />
      )}
      {(type === 'announcement' || type === 'job' || type === 'training') && (
        <Field label={t('conversation.field.details')} error={fieldProblem(cmd.problems, 'text')}>
          {(id, describedBy, invalid) => (
            <textarea
              id={id}
              rows={3}
              value={draft.text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => edit({ text: e.currentTarget.value })}
            />
          )}
        </Field>
      )}
      {type === 'meet' && (
        <>
          <Field label={t('conversation.field.at')} error={fieldProblem(cmd.problems, 'at')}>
            {(id, describedBy, invalid) => (
              <input
                id={id}
                type="datetime-local"
                value={draft.at}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onInput={(e) => edit({ at: e.currentTarget.value })}
              />
            )}
          </Field>
          <TextField
            label={t('conversation.field.place')}
            value={draft.place}
            onValue={(place) => edit({ place })}
            error={fieldProblem(cmd.problems, 'place')}
          />
        </>
      )}
      <div class="kl-actions">
        <button type="submit" class="kl-btn kl-btn--primary" disabled={cmd.busy}>
          {t('conversation.send.submit')}
        </button>
      </div>
    </form>
  );
}
