import '../../i18n/areas';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { MessageView } from '../../app/kernel/client';
import type { Card, CardResponse } from '../../domain/types';
import { useCommand } from '../hooks';
import { Problems } from '../kit/Problems';
import { keepFocus } from '../kit/keep-focus';
import { CardResultsView } from './CardResultsView';
import { formatDate, t } from '../i18n';
import type { MessageKey } from '../../i18n';

/** The one-click confirmation some cards take, and how it reads once given. */
const CONFIRM: Partial<
  Record<Card['type'], { response: CardResponse; todo: MessageKey; done: MessageKey }>
> = {
  announcement: {
    response: { type: 'announcement', acknowledged: true },
    todo: 'conversation.respond.acknowledge',
    done: 'conversation.respond.acknowledged',
  },
  job: {
    response: { type: 'job', done: true },
    todo: 'conversation.respond.done',
    done: 'conversation.respond.isDone',
  },
  attendance: {
    response: { type: 'attendance', present: true },
    todo: 'conversation.respond.present',
    done: 'conversation.respond.isPresent',
  },
  training: {
    response: { type: 'training', completed: true },
    todo: 'conversation.respond.completed',
    done: 'conversation.respond.isCompleted',
  },
};

/** What the card says: its title or question, details, time and place. */
function CardBody(props: { card: Card; headingId: string }) {
  const c = props.card;
  return (
    <>
      <h4 id={props.headingId}>{c.type === 'poll' ? c.question : c.title}</h4>
      {'text' in c && c.text && <p class="kl-pre">{c.text}</p>}
      {c.type === 'meet' && (
        <p>
          {t('conversation.meet.when', { when: formatDate(c.at) })}
          {c.place && ` · ${t('conversation.meet.where', { place: c.place })}`}
        </p>
      )}
      {c.type === 'survey' && (
        <ol class="kl-hint">
          {c.questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * A sent Action card with its live results, and — for a member — the way to respond:
 * choose a poll option, tick items, answer a survey, confirm. Responding again replaces the
 * earlier response.
 */
export function CardView(props: {
  view: MessageView;
  canRespond: boolean;
  names: Record<string, string>;
}) {
  const { message, mine, results } = props.view;
  const card = message.card!;
  const headingId = useId();
  const cmd = useCommand();
  const [status, setStatus] = useState('');
  const [option, setOption] = useState<number | undefined>();
  const [answers, setAnswers] = useState<string[]>([]);
  const [ticked, setTicked] = useState<number[]>([]);
  const mineKey = JSON.stringify(mine ?? null);
  // Start each form from the actor's own response, and follow it when it changes.
  useEffect(() => {
    setOption(mine?.type === 'poll' ? mine.option : undefined);
    setAnswers(
      card.type === 'survey'
        ? card.questions.map((_, i) => (mine?.type === 'survey' ? (mine.answers[i] ?? '') : ''))
        : [],
    );
    setTicked(mine?.type === 'checklist' ? mine.ticked : []);
  }, [mineKey, message.id]);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const respond = async (response: CardResponse) => {
    // The button pressed is disabled while the response is saved, which drops the focus.
    const pressed = document.activeElement;
    const out = await cmd.exec('action-respond', { messageId: message.id, response });
    if (out)
      setStatus(
        t(out.value.replaced ? 'conversation.respond.updated' : 'conversation.respond.saved'),
      );
    // A one-click confirmation's button gives way to "✓ …" once the response is saved.
    if (out && CONFIRM[card.type]) setTimeout(() => statusRef.current?.focus());
    else keepFocus(pressed);
  };
  const submit = (response: () => CardResponse) => (e: Event) => {
    e.preventDefault();
    void respond(response());
  };
  const confirm = CONFIRM[card.type];
  return (
    <div class="kl-action-card" role="group" aria-labelledby={headingId}>
      <CardBody card={card} headingId={headingId} />
      {props.canRespond && (
        <div class="kl-respond">
          {card.type === 'poll' && (
            <form onSubmit={submit(() => ({ type: 'poll', option: option ?? -1 }))}>
              <fieldset class="kl-checklist">
                <legend>{t('conversation.respond.choose')}</legend>
                {card.options.map((o, i) => (
                  <label key={i}>
                    <input
                      type="radio"
                      name={`kl-poll-${message.id}`}
                      checked={option === i}
                      onChange={() => setOption(i)}
                    />
                    {o}
                  </label>
                ))}
              </fieldset>
              <button
                type="submit"
                class="kl-btn kl-btn--small"
                disabled={cmd.busy || option === undefined}
              >
                {mine ? t('conversation.respond.changeVote') : t('conversation.respond.vote')}
              </button>
            </form>
          )}
          {card.type === 'checklist' && (
            <form onSubmit={submit(() => ({ type: 'checklist', ticked }))}>
              <fieldset class="kl-checklist">
                <legend>{t('conversation.respond.tick')}</legend>
                {card.items.map((item, i) => (
                  <label key={i}>
                    <input
                      type="checkbox"
                      checked={ticked.includes(i)}
                      onChange={(e) =>
                        setTicked(
                          e.currentTarget.checked ? [...ticked, i] : ticked.filter((x) => x !== i),
                        )
                      }
                    />
                    {item}
                  </label>
                ))}
              </fieldset>
              <button type="submit" class="kl-btn kl-btn--small" disabled={cmd.busy}>
                {t('conversation.respond.saveTicks')}
              </button>
            </form>
          )}
          {card.type === 'survey' && (
            <form onSubmit={submit(() => ({ type: 'survey', answers }))}>
              {card.questions.map((q, i) => (
                <div class="kl-field" key={i}>
                  <label for={`${headingId}-a${i}`}>{q}</label>
                  <textarea
                    id={`${headingId}-a${i}`}
                    rows={2}
                    value={answers[i] ?? ''}
                    onInput={(e) => {
                      const value = e.currentTarget.value;
                      setAnswers(answers.map((a, j) => (j === i ? value : a)));
                    }}
                  />
                </div>
              ))}
              <button type="submit" class="kl-btn kl-btn--small" disabled={cmd.busy}>
                {mine
                  ? t('conversation.respond.updateAnswers')
                  : t('conversation.respond.sendAnswers')}
              </button>
            </form>
          )}
          {card.type === 'meet' && (
            <div
              class="kl-actions kl-actions--tight"
              role="group"
              aria-label={t('conversation.respond.rsvp')}
            >
              {([true, false] as const).map((going) => (
                <button
                  key={String(going)}
                  type="button"
                  class="kl-btn kl-btn--small"
                  aria-pressed={mine?.type === 'meet' && mine.going === going}
                  disabled={cmd.busy}
                  onClick={() => void respond({ type: 'meet', going })}
                >
                  {going ? t('conversation.respond.going') : t('conversation.respond.notGoing')}
                </button>
              ))}
            </div>
          )}
          {confirm &&
            (mine ? (
              <p class="kl-ok">✓ {t(confirm.done)}</p>
            ) : (
              <button
                type="button"
                class="kl-btn kl-btn--small"
                disabled={cmd.busy}
                onClick={() => void respond(confirm.response)}
              >
                {t(confirm.todo)}
              </button>
            ))}
          <Problems problems={cmd.problems} error={cmd.error} />
          <p class="kl-status" role="status" tabIndex={-1} ref={statusRef}>
            {status}
          </p>
        </div>
      )}
      {results && <CardResultsView results={results} names={props.names} />}
    </div>
  );
}
