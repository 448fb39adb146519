import '../../i18n/areas';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import type { Group } from '../../domain/types';
import { useCommand, useLive } from '../hooks';
import { Field } from '../kit/Field';
import { keepFocus } from '../kit/keep-focus';
import { Problems } from '../kit/Problems';
import { formatDate, t } from '../i18n';
import { ScrollX } from '../kit/ScrollX';

/** A group's Connectors tab: add one of the organization's active connectors; remove. */
export function GroupConnectorsTab(props: { session: Session; group: Group }) {
  const { group } = props;
  // null: the group is gone or the actor may not see it (undefined is "still loading").
  const data = useLive('group-connectors', { groupId: group.id });
  const [picked, setPicked] = useState('');
  const [status, setStatus] = useState('');
  const cmd = useCommand();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const available = data?.available ?? [];
  // Keep the picker on a connector that can still be added.
  useEffect(() => {
    if (!available.some((c) => c.id === picked)) setPicked(available[0]?.id ?? '');
  }, [available.map((c) => c.id).join()]);
  if (data === undefined) return <p class="kl-muted">{t('common.loading')}</p>;
  if (data === null) return <p class="kl-alert">{t('catalog.groupHidden')}</p>;
  return (
    <div class="kl-catalog">
      {data.canPublish ? (
        <form
          class="kl-inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const submitter = (e as SubmitEvent).submitter;
            const name = available.find((c) => c.id === picked)?.name ?? '';
            const out = await cmd.exec('group-connector-add', {
              groupId: group.id,
              connectorId: picked,
            });
            if (out) setStatus(t('connectors.group.added', { name, group: group.name }));
            // The last connector added leaves no form: the status line says what happened.
            keepFocus(submitter, statusRef.current);
          }}
        >
          {available.length === 0 ? (
            <p class="kl-muted">{t('connectors.group.noneAvailable')}</p>
          ) : (
            <>
              <Field label={t('connectors.group.pick')}>
                {(id) => (
                  <select id={id} value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
                    {available.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="submit" class="kl-btn kl-btn--primary" disabled={cmd.busy || !picked}>
                {t('connectors.group.add')}
              </button>
            </>
          )}
        </form>
      ) : (
        <p class="kl-muted">{t('connectors.group.readOnly')}</p>
      )}
      <Problems problems={cmd.problems} error={cmd.error} />
      <p class="kl-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {data.attached.length === 0 ? (
        <p class="kl-empty">{t('connectors.group.empty')}</p>
      ) : (
        <ScrollX label={t('connectors.group.caption', { group: group.name })}>
          <table class="kl-simple-table">
            <caption>{t('connectors.group.caption', { group: group.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('connectors.col.name')}</th>
                <th scope="col">{t('connectors.col.status')}</th>
                <th scope="col">{t('connectors.group.col.added')}</th>
                {data.canPublish && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.attached.map(({ connector: c, publication }) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name}
                    {c.description && <p class="kl-hint">{c.description}</p>}
                  </th>
                  <td>{c.active ? t('connectors.active') : t('connectors.inactive')}</td>
                  <td>{formatDate(publication.publishedAt, false)}</td>
                  {data.canPublish && (
                    <td>
                      <button
                        type="button"
                        class="kl-btn kl-btn--small"
                        disabled={cmd.busy}
                        aria-label={t('connectors.group.removeNamed', { name: c.name })}
                        onClick={async () => {
                          const out = await cmd.exec('group-connector-remove', {
                            groupId: group.id,
                            connectorId: c.id,
                          });
                          if (out) {
                            setStatus(
                              t('connectors.group.removed', { name: c.name, group: group.name }),
                            );
                            // The row and its button go; the status line takes the focus.
                            setTimeout(() => statusRef.current?.focus());
                          } else keepFocus(null, statusRef.current);
                        }}
                      >
                        {t('common.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      )}
    </div>
  );
}
