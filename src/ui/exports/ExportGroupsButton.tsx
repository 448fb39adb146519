import '../../i18n/areas';
import { useState } from 'preact/hooks';
import type { GroupExport } from '../../app/kernel/client';
import { query } from '../../app/kernel/client';
import type { Session } from '../../app/kernel/client';
import { formatNumber, t } from '../i18n';
import { downloadBlob } from '../kit/download';
import { RetryAlert } from '../kit/RetryAlert';

/**
 * Groups page → Export Existing Groups: downloads a zip with the User Group Mapping and
 * Parent Group Mapping files of the groups the actor sees, then says what it holds and which
 * groups it left out (groups without members cannot be written in the mapping format).
 */
export function ExportGroupsButton(_props: { session: Session }) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Omit<GroupExport, 'blob'> | undefined>();
  const [error, setError] = useState<unknown>();
  const exportNow = async () => {
    // Not `disabled` while busy: a disabled button drops the keyboard focus to the page.
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const { blob, ...result } = await query('groups-export');
      downloadBlob(blob, result.fileName);
      setDone(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="kl-export-groups">
      <button type="button" class="kl-btn" aria-disabled={busy} onClick={() => void exportNow()}>
        {busy ? t('groupUpload.exporting') : t('groupUpload.export')}
      </button>
      <div role="status">
        {done && (
          <p class="kl-hint">
            {t('groupUpload.exported', {
              groups: formatNumber(done.groups),
              memberships: formatNumber(done.memberships),
              links: formatNumber(done.links),
            })}
            {done.skipped.length > 0 &&
              ` ${t('groupUpload.exportSkipped', { names: done.skipped.join(', ') })}`}
          </p>
        )}
      </div>
      {error !== undefined && <RetryAlert error={error} onRetry={() => void exportNow()} />}
    </div>
  );
}
