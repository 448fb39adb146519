import { useState } from 'preact/hooks';
import type { CheckProgress, CheckReport } from '../../app/import/check';
import { checkImportFile, runImportJob } from '../../app/import-client';
import type { Attribute, Network } from '../../domain/types';
import { useCommand } from '../hooks';
import { locale, t } from '../i18n';
import { Dialog } from './Dialog';
import { Problems } from './Problems';
import { CheckReportView } from './CheckReportView';
import { downloadTemplate } from './download';
import { CheckProgressBar } from './Progress';

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
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [report, setReport] = useState<CheckReport | undefined>();
  const [checkError, setCheckError] = useState<string | undefined>();
  const cmd = useCommand();
  const checking = progress !== undefined;
  const check = async () => {
    if (!file) return;
    setReport(undefined);
    setCheckError(undefined);
    setProgress({ phase: 'scanning', bytes: 0, rows: 0 });
    try {
      setReport(await checkImportFile(file, props.network, locale.value, setProgress));
    } catch (error) {
      setCheckError(t('error.unexpected', { code: String(error) }));
    } finally {
      setProgress(undefined);
    }
  };
  const upload = async () => {
    if (!file) return;
    const out = await cmd.exec('import-start', {
      file,
      fileName: file.name,
      network: props.network,
      locale: locale.value,
    });
    if (out) {
      runImportJob(out.value.jobId);
      props.onUploaded();
    }
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
              void downloadTemplate(
                props.network === 'employee' ? 'users-employee' : 'users-others',
                props.attributes,
              )
            }
          >
            {t('import.downloadTemplate')}
          </button>
        </li>
        <li>
          <label class="kl-field">
            <span>{t('import.selectFile')}</span>
            <input
              type="file"
              accept=".csv,.txt,text/csv"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0]);
                setReport(undefined);
              }}
            />
          </label>
          <p class="kl-hint">{t('import.limits')}</p>
        </li>
        <li>
          <p>{t('import.step.check')}</p>
          <div class="kl-actions">
            <button
              type="button"
              class="kl-btn"
              disabled={!file || checking}
              onClick={() => void check()}
            >
              {t('import.check')}
            </button>
            <button
              type="button"
              class="kl-btn kl-btn--primary"
              disabled={!file || checking || cmd.busy}
              onClick={() => void upload()}
            >
              {t('import.upload')}
            </button>
          </div>
        </li>
      </ol>
      {progress && file && <CheckProgressBar progress={progress} size={file.size} />}
      <Problems problems={cmd.problems} error={cmd.error ?? checkError} />
      {report && file && <CheckReportView report={report} fileName={file.name} />}
    </Dialog>
  );
}
