import '../../i18n/areas';
import { useId, useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { CONVERSATION_LIMIT } from '../../domain/conversation';
import type { Group } from '../../domain/types';
import { useCommand, useLive } from '../hooks';
import { Field } from '../kit/Field';
import { Problems, fieldProblem } from '../kit/Problems';
import { CardForm } from './CardForm';
import { CardView } from './CardView';
import { actionLabel } from './labels';
import { formatDate, t } from '../i18n';

/**
 * A group's Conversation tab, acting as the current actor: post text, send the Actions the
 * actor's group role may send, respond to cards, and watch results change live. Someone who
 * is not a member reads along and is told how to act as a member.
 */
export function GroupConversation(props: { session: Session; group: Group }) {
  const { group, session } = props;
  // null: the group is gone or the actor may not see it (undefined is "still loading").
  const data = useLive('group-conversation', { groupId: group.id });
  const [text, setText] = useState('');
  const [actionId, setActionId] = useState('');
  const [status, setStatus] = useState('');
  const post = useCommand();
  const pick = useRef<HTMLSelectElement>(null);
  const message = useRef<HTMLTextAreaElement>(null);
  const ids = { compose: useId(), list: useId() };
  if (data === undefined) return <p class="kl-muted">{t('common.loading')}</p>;
  if (data === null) return <p class="kl-alert">{t('catalog.groupHidden')}</p>;
  const actorName = session.actor?.name || session.actor?.phone || t('actor.none');
  const chosen = data.sendable.find((a) => a.id === actionId);
  const send = async () => {
    const out = await post.exec('message-post', { groupId: group.id, text });
    if (out) {
      setText('');
      setStatus(t('conversation.posted'));
    }
    // Send message is disabled while it posts, which drops the focus; typing goes on here.
    setTimeout(() => message.current?.focus());
  };
  // Newest first, so the composer and the latest messages are together at the top.
  const messages = [...data.messages].reverse();
  return (
    <div class="kl-conversation">
      {data.role === undefined ? (
        <p class="kl-alert kl-alert--warn">
          {t('conversation.notMember', { name: actorName, group: group.name })}
        </p>
      ) : (
        <section class="kl-compose" aria-labelledby={ids.compose}>
          <h3 id={ids.compose}>
            {t('conversation.actingAs', { name: actorName, role: t(`role.${data.role}`) })}
          </h3>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <Problems problems={post.problems} error={post.error} />
            <Field
              label={t('conversation.message')}
              hint={t('conversation.messageHint')}
              error={fieldProblem(post.problems, 'text')}
            >
              {(id, describedBy, invalid) => (
                <textarea
                  ref={message}
                  id={id}
                  rows={2}
                  value={text}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onInput={(e) => setText(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault();
                      void send();
                    }
                  }}
                />
              )}
            </Field>
            <div class="kl-actions">
              <button type="submit" class="kl-btn kl-btn--primary" disabled={post.busy}>
                {t('conversation.post')}
              </button>
            </div>
          </form>
          {data.sendable.length === 0 ? (
            <p class="kl-muted">{t('conversation.noActions', { role: t(`role.${data.role}`) })}</p>
          ) : (
            <Field label={t('conversation.send.pick')}>
              {(id) => (
                <select
                  ref={pick}
                  id={id}
                  value={actionId}
                  onChange={(e) => setActionId(e.currentTarget.value)}
                >
                  <option value="">{t('conversation.send.none')}</option>
                  {data.sendable.map((a) => (
                    <option key={a.id} value={a.id}>
                      {actionLabel(a)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {chosen && (
            <CardForm
              key={chosen.id}
              groupId={group.id}
              action={chosen}
              onSent={() => {
                setStatus(t('conversation.sent', { action: actionLabel(chosen) }));
                setActionId('');
                // The form closes; keep the focus where the next Action is chosen.
                setTimeout(() => pick.current?.focus());
              }}
            />
          )}
        </section>
      )}
      <p class="kl-status" role="status">
        {status}
      </p>
      <h3 id={ids.list}>{t('conversation.messages')}</h3>
      {data.messages.length >= CONVERSATION_LIMIT && (
        <p class="kl-hint">{t('conversation.limited', { count: CONVERSATION_LIMIT })}</p>
      )}
      {messages.length === 0 ? (
        <p class="kl-empty">{t('conversation.empty')}</p>
      ) : (
        <ol class="kl-messages" aria-labelledby={ids.list}>
          {messages.map((view) => (
            <li
              key={view.message.id}
              class={view.message.kind === 'card' ? 'kl-message kl-message--card' : 'kl-message'}
            >
              <p class="kl-message__head">
                <strong>{view.authorName}</strong>{' '}
                <time dateTime={new Date(view.message.at).toISOString()}>
                  {formatDate(view.message.at)}
                </time>
                {view.action && <span class="kl-badge">{actionLabel(view.action)}</span>}
                {!view.action && view.message.card && (
                  <span class="kl-badge">{t(`actions.type.${view.message.card.type}`)}</span>
                )}
              </p>
              {view.message.kind === 'text' ? (
                <p class="kl-pre">{view.message.text}</p>
              ) : (
                <CardView view={view} canRespond={data.role !== undefined} names={data.names} />
              )}
              <LikeButton
                messageId={view.message.id}
                likes={view.likes}
                liked={view.liked}
                canLike={data.role !== undefined}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** A message's Likes, and (for a member) the toggle that gives or takes back theirs. */
function LikeButton(props: { messageId: number; likes: number; liked: boolean; canLike: boolean }) {
  const like = useCommand();
  const count = t('conversation.likes', { count: props.likes });
  if (!props.canLike) return props.likes > 0 ? <p class="kl-muted kl-likes">{count}</p> : null;
  return (
    <p class="kl-likes">
      <button
        type="button"
        class="kl-btn kl-btn--ghost kl-btn--small"
        aria-pressed={props.liked}
        disabled={like.busy}
        onClick={() =>
          void like.exec('message-react', { messageId: props.messageId, like: !props.liked })
        }
      >
        {t('conversation.like')}
      </button>{' '}
      <span class="kl-muted">{count}</span>
      {like.error && (
        <span class="kl-error" role="alert">
          {like.error}
        </span>
      )}
    </p>
  );
}
