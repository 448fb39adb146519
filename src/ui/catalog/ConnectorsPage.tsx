import '../../i18n/areas';
import { useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import type { ConnectorView } from '../../domain/connectors';
import { useCommand, useLive } from '../hooks';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { RegisterConnectorDialog } from './RegisterConnectorDialog';
import { OwnerFilter, type OwnerFilterValue } from './OwnerFilter';
import { formatDate, t } from '../i18n';
import { ScrollX } from '../kit/ScrollX';

/**
 * The portal's Connectors section: register (the secret is shown once), list mine or all,
 * where each is attached, deactivate.
 */
export function ConnectorsPage(_props: { session: Session }) {
  const data = useLive('connectors-overview');
  const [filter, setFilter] = useState<OwnerFilterValue>('all');
  const [registering, setRegistering] = useState(false);
  const [deactivating, setDeactivating] = useState<ConnectorView | undefined>();
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const cmd = useCommand();
  if (!data) return <p class="kl-muted">{t('common.loading')}</p>;
  const rows = data.connectors.filter((r) => filter === 'all' || r.connector.owner === data.actor);
  return (
    <div class="kl-catalog">
      <p class="kl-hint">{t('connectors.intro')}</p>
      <div class="kl-toolbar">
        <OwnerFilter
          name="kl-connectors-filter"
          value={filter}
          onChange={setFilter}
          label={(f) => t(`connectors.filter.${f}`)}
        />
        {data.canRegister && (
          <button type="button" class="kl-btn" onClick={() => setRegistering(true)}>
            {t('connectors.register')}
          </button>
        )}
      </div>
      {!data.canRegister && <p class="kl-muted">{t('connectors.readOnly')}</p>}
      <p class="kl-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {rows.length === 0 ? (
        <p class="kl-empty">
          {filter === 'mine' ? t('connectors.emptyMine') : t('connectors.empty')}
        </p>
      ) : (
        <ScrollX label={t('connectors.caption', { count: rows.length })}>
          <table class="kl-simple-table kl-catalog-table">
            <caption>{t('connectors.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('connectors.col.name')}</th>
                <th scope="col">{t('connectors.col.owner')}</th>
                <th scope="col">{t('connectors.col.status')}</th>
                <th scope="col">{t('connectors.col.attached')}</th>
                <th scope="col">{t('connectors.col.registered')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ connector: c, ownerName, canDeactivate, attached }) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name}
                    {c.description && <p class="kl-hint">{c.description}</p>}
                    <p class="kl-hint">
                      {t('connectors.idLabel')} <code>{c.id}</code>
                    </p>
                  </th>
                  <td>{ownerName}</td>
                  <td>
                    {c.active ? (
                      <span class="kl-badge kl-badge--completed">{t('connectors.active')}</span>
                    ) : (
                      <span class="kl-badge kl-badge--cancelled">
                        {c.deactivatedAt !== undefined
                          ? t('connectors.inactiveSince', {
                              date: formatDate(c.deactivatedAt, false),
                            })
                          : t('connectors.inactive')}
                      </span>
                    )}
                  </td>
                  <td>
                    {attached.length === 0 ? (
                      <span class="kl-muted">{t('connectors.notAttached')}</span>
                    ) : (
                      <ul class="kl-placed">
                        {attached.map((a) => (
                          <li key={a.publication.id}>{a.group.name}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{formatDate(c.createdAt, false)}</td>
                  <td>
                    {canDeactivate && (
                      <button
                        type="button"
                        class="kl-btn kl-btn--small kl-btn--danger"
                        aria-label={t('connectors.deactivateNamed', { name: c.name })}
                        onClick={() => setDeactivating(c)}
                      >
                        {t('connectors.deactivate')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      )}
      {registering && (
        <RegisterConnectorDialog
          // The filter stays as the user set it: under All and under Mine alike the new
          // connector (owned by the actor) is in the list.
          onClose={() => setRegistering(false)}
        />
      )}
      {deactivating && (
        <ConfirmDialog
          title={t('connectors.deactivate.title', { name: deactivating.name })}
          confirmLabel={t('connectors.deactivate')}
          busy={cmd.busy}
          error={cmd.error}
          onClose={() => {
            setDeactivating(undefined);
            cmd.reset();
          }}
          onConfirm={async () => {
            const out = await cmd.exec('connector-deactivate', { connectorId: deactivating.id });
            if (out) {
              setStatus(t('connectors.deactivated', { name: deactivating.name }));
              setDeactivating(undefined);
              // Deactivate goes from the row; the status line takes the focus.
              setTimeout(() => statusRef.current?.focus());
            }
          }}
        >
          <p>{t('connectors.deactivate.text')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
