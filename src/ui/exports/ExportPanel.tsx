import '../../i18n/exports';
import { useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { can } from '../../domain/permissions';
import { t } from '../i18n';
import { ExportDialog } from './ExportDialog';
import { ExportHistory } from './ExportHistory';

/**
 * Export Users: Create New Request (org admins) above Export History — the directory's Export
 * History view and the guide's island. A new request shows up in the history at once.
 */
export function ExportPanel(props: { session: Session }) {
  const [open, setOpen] = useState(false);
  const orgAdmin = can(props.session.actorCtx, 'org.manage');
  return (
    <div class="kl-exports">
      {orgAdmin ? (
        <div class="kl-toolbar">
          <button type="button" class="kl-btn kl-btn--primary" onClick={() => setOpen(true)}>
            {t('directory.exportCreate')}
          </button>
        </div>
      ) : (
        <p class="kl-alert">{t('export.orgAdminsOnly')}</p>
      )}
      {orgAdmin && <ExportHistory />}
      {open && <ExportDialog onClose={() => setOpen(false)} onCreated={() => setOpen(false)} />}
    </div>
  );
}
