import '../../i18n/exports';
import { useEffect, useState } from 'preact/hooks';
import { prepareJob, startJob } from '../../app/kernel/client';
import type { ExportScope } from '../../domain/jobs';
import { useCommand } from '../hooks';
import { t } from '../i18n';
import { FormDialog } from '../kit/FormDialog';

const SCOPES: readonly ExportScope[] = ['all', 'employee', 'others'];

/**
 * Export Users → Create New Request (SPEC §6): everyone, or one network. The request becomes
 * a job; its file is downloaded from Export History once it is written.
 */
export function ExportDialog(props: { onClose: () => void; onCreated: () => void }) {
  const [scope, setScope] = useState<ExportScope>('all');
  const cmd = useCommand();
  // The worker starts while the person chooses, not after they click.
  useEffect(() => prepareJob('user-export'), []);
  return (
    <FormDialog
      title={t('export.title')}
      submitLabel={t('export.submit')}
      busy={cmd.busy}
      error={cmd.error}
      problems={cmd.problems}
      onClose={props.onClose}
      onSubmit={async () => {
        if (await cmd.call(() => startJob('user-export', { scope }))) props.onCreated();
      }}
      intro={<p class="kl-hint">{t('export.intro')}</p>}
    >
      <fieldset class="kl-checklist">
        <legend>{t('export.scope')}</legend>
        {SCOPES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="kl-export-scope"
              checked={scope === s}
              onChange={() => setScope(s)}
            />
            {t(`export.scope.${s}`)}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
