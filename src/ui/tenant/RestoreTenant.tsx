import { useState } from 'preact/hooks';
import { useCommand } from '../hooks';
import { Field } from '../kit/Field';
import { t } from '../i18n';

/**
 * Restore from a tenant export (SPEC §9), for an empty sandbox: choose the zip, and the jobs
 * worker checks every file before one transaction writes it. A refusal names the file, the
 * line and the fix, and says that nothing changed. Once restored, the portal opens on the
 * organization (the session changes).
 */
export function RestoreTenant() {
  const cmd = useCommand();
  const [file, setFile] = useState<File | undefined>();
  const [missing, setMissing] = useState(false);
  return (
    <form
      class="kl-card kl-restore"
      aria-labelledby="kl-restore-title"
      aria-busy={cmd.busy}
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(!file);
        if (file) void cmd.exec('tenant-restore', { file, fileName: file.name });
      }}
    >
      <h3 id="kl-restore-title">{t('tenant.restore.title')}</h3>
      <p class="kl-hint">{t('tenant.restore.intro')}</p>
      <Field
        label={t('tenant.restore.file')}
        error={missing ? t('tenant.restore.chooseFile') : undefined}
      >
        {(id, describedBy, invalid) => (
          <input
            id={id}
            type="file"
            accept=".zip,application/zip"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            disabled={cmd.busy}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0]);
              setMissing(false);
              cmd.reset();
            }}
          />
        )}
      </Field>
      {cmd.error && (
        <div class="kl-alert kl-alert--error" role="alert">
          <p>{cmd.error}</p>
          <p>{t('tenant.restore.unchanged')}</p>
        </div>
      )}
      <p class="kl-status" role="status">
        {cmd.busy ? t('tenant.restore.busy') : ''}
      </p>
      <button class="kl-btn" type="submit" disabled={cmd.busy}>
        {t('tenant.restore.submit')}
      </button>
    </form>
  );
}
