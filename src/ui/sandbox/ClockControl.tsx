import { useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { DAY_MS, simulatedNow } from '../../domain/clock';
import { purgedByAdvance } from '../../domain/deletion';
import { can } from '../../domain/permissions';
import { useCommand, useLive } from '../hooks';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Problems } from '../kit/Problems';
import { formatDate, t } from '../i18n';

const DAYS = 30;

/** Names for a sentence: "Ola Kowalska, +48601234567". */
function names(users: ReadonlyArray<{ name: string; phone: string }>): string {
  return users.map((u) => u.name || u.phone).join(', ');
}

/**
 * The simulated date and Advance 30 days, so a restore window can be watched to its end.
 * The clock cannot go back, so Advance first says which deleted users it will purge for good,
 * and afterwards what it did (a status line that keeps the focus).
 */
export function ClockControl(props: { session: Session }) {
  const cmd = useCommand();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const { now } = props.session;
  return (
    <div class="kl-clock">
      <p>
        {t('settings.simulatedDate')}: <strong>{formatDate(now, false)}</strong>
      </p>
      <Problems problems={[]} error={asking ? undefined : cmd.error} />
      <button
        type="button"
        class="kl-btn"
        disabled={cmd.busy}
        onClick={() => {
          cmd.reset();
          setDone('');
          setAsking(true);
        }}
      >
        {t('settings.advance30')}
      </button>
      <p class="kl-status" role="status" tabIndex={-1} ref={status}>
        {done}
      </p>
      {asking && (
        <ConfirmDialog
          title={t('settings.advanceTitle')}
          confirmLabel={t('settings.advance30')}
          busy={cmd.busy}
          error={cmd.error}
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            const out = await cmd.exec('clock-advance', { days: DAYS });
            if (!out) return;
            const { purged } = out.value;
            setAsking(false);
            setDone(
              `${t('settings.advanced', { date: formatDate(now + DAYS * DAY_MS, false) })} ${
                purged.length > 0
                  ? t('settings.purged', { count: purged.length, names: names(purged) })
                  : t('settings.purgedNone')
              }`,
            );
            // The dialog's button is gone: the keyboard continues from what happened.
            setTimeout(() => status.current?.focus());
          }}
        >
          <p>
            {t('settings.advanceText', {
              from: formatDate(now, false),
              to: formatDate(now + DAYS * DAY_MS, false),
            })}
          </p>
          <AdvancePurges session={props.session} />
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Who the advance would purge; only org admins read the deleted users (and may advance). */
function AdvancePurges(props: { session: Session }) {
  if (!can(props.session.actorCtx, 'org.manage')) return null;
  return <PurgeList offset={props.session.org?.clockOffset ?? 0} />;
}

function PurgeList(props: { offset: number }) {
  const deleted = useLive('deleted-users');
  if (!deleted) return <p class="kl-muted">{t('common.loading')}</p>;
  // The clock as it reads now: the session's `now` was read before the latest deletions.
  const due = purgedByAdvance(deleted, simulatedNow(props.offset), DAYS);
  return (
    <p class={due.length > 0 ? 'kl-alert kl-alert--warn' : ''}>
      {due.length > 0
        ? t('settings.advancePurges', { count: due.length, names: names(due) })
        : t('settings.advanceNoPurge')}
    </p>
  );
}
