import { useEffect, useState } from 'preact/hooks';
import { prepareJob, query, startJob, type CheckReport } from '../../app/kernel/client';
import type { Attribute, Network } from '../../domain/types';
import { useCommand } from '../hooks';
import { locale, t } from '../i18n';
import { Dialog } from '../kit/Dialog';
import { Problems } from '../kit/Problems';
import { CheckReportView } from './CheckReportView';
import { downloadTemplate } from './download-template';
import { CheckProgressBar } from '../kit/Progress';
import { CheckUploadButtons, FileField, useCheck } from './ImportSteps';

/**
 * Add Users → Import Users: download the template, select a file, Check it (a dry run)
 * and Upload it as a job that runs in the import worker.
 */
export function ImportDialog(props: {
  network: Network;
  attributes: readonly Attribute[];
  onClose: () => void;
  onUploaded: () => void;
}) {
  const [file, setFile] = useState<File | undefined>();
  const check = useCheck<CheckReport>();
  const cmd = useCommand();
  // The worker starts (and loads the reading code) while the person picks a file.
  useEffect(() => prepareJob('user-import'), []);
  const upload = async () => {
    if (!file) return;
    const out = await cmd.call(() =>
      startJob('user-import', {
        file,
        fileName: file.name,
        network: props.network,
        locale: locale.value,
      }),
    );
    if (out) props.onUploaded();
  };
  return (
    <Dialog
      title={t('import.title', { network: t(`network.${props.network}`) })}
      onClose={props.onClose}
      wide
    >
      <ol class="kl-steps">
        <li>
          <p>{t('import.step.template')}</p>
          <button
            type="button"
            class="kl-btn"
            onClick={() =>
              void cmd.call(() =>
                downloadTemplate(props.network === 'employee' ? 'users-employee' : 'users-others'),
              )
            }
          >
            {t('import.downloadTemplate')}
          </button>
        </li>
        <li>
          <FileField
            label={t('import.selectFile')}
            onFile={(f) => {
              setFile(f);
              check.clear();
            }}
          />
          <p class="kl-hint">{t('import.limits')}</p>
        </li>
        <li>
          <p>{t('import.step.check')}</p>
          <CheckUploadButtons
            canCheck={!!file && !check.checking}
            canUpload={!!file && !check.checking && !cmd.busy}
            onCheck={() =>
              file &&
              void check.run((onProgress) =>
                query(
                  'check-users-file',
                  { file, network: props.network, locale: locale.value },
                  { onProgress },
                ),
              )
            }
            onUpload={() => void upload()}
          />
        </li>
      </ol>
      {check.progress && file && <CheckProgressBar progress={check.progress} size={file.size} />}
      <Problems problems={cmd.problems} error={cmd.error ?? check.error} />
      {check.report && file && <CheckReportView report={check.report} fileName={file.name} />}
    </Dialog>
  );
}
