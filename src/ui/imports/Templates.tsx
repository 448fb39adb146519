import { useState } from 'preact/hooks';
import { query, type CheckProgress, type CheckReport, type Session } from '../../app/kernel/client';
import { TEMPLATE_KINDS } from '../../domain/import';
import type { Network } from '../../domain/types';
import { locale, t } from '../i18n';
import { CheckReportView } from './CheckReportView';
import { CheckProgressBar } from '../kit/Progress';
import { RegionSelect } from '../kit/RegionSelect';
import { downloadTemplate } from './download-template';

/**
 * The offline templates page (SPEC §5.3): every template for the current organization, and
 * Check a file with the importer's own validator — nothing is written.
 */
export function Templates(props: { session: Session }) {
  const { session } = props;
  const [network, setNetwork] = useState<Network>('employee');
  const [region, setRegion] = useState(session.org?.region ?? 'PL');
  const [file, setFile] = useState<File | undefined>();
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [report, setReport] = useState<CheckReport | undefined>();
  const check = async () => {
    if (!file) return;
    setReport(undefined);
    setProgress({ phase: 'scanning', bytes: 0, rows: 0 });
    try {
      setReport(
        await query(
          'check-users-file',
          { file, network, locale: locale.value, region },
          { onProgress: setProgress },
        ),
      );
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <div class="kl-templates">
      <section aria-labelledby="kl-tpl-title">
        <h2 id="kl-tpl-title">{t('templates.title')}</h2>
        <p>
          {session.org
            ? t('templates.forOrg', {
                org: session.org.name,
                count: session.attributes.length,
              })
            : t('templates.noOrg')}
        </p>
        <ul class="kl-template-list">
          {TEMPLATE_KINDS.map((kind) => (
            <li key={kind}>
              <div>
                <strong>{t(`templates.kind.${kind}` as 'templates.kind.users-employee')}</strong>
                <p class="kl-hint">
                  {t(`templates.about.${kind}` as 'templates.about.users-employee')}
                </p>
              </div>
              <button
                type="button"
                class="kl-btn kl-btn--small"
                onClick={() => void downloadTemplate(kind)}
              >
                {t('templates.download')}
                <span class="kl-sr">
                  {' '}
                  {t(`templates.kind.${kind}` as 'templates.kind.users-employee')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kl-check-title">
        <h2 id="kl-check-title">{t('templates.checkTitle')}</h2>
        <p>{t('templates.checkIntro')}</p>
        <div class="kl-form-grid">
          <label class="kl-field">
            <span>{t('templates.checkAs')}</span>
            <select value={network} onChange={(e) => setNetwork(e.currentTarget.value as Network)}>
              <option value="employee">{t('templates.kind.users-employee')}</option>
              <option value="others">{t('templates.kind.users-others')}</option>
            </select>
          </label>
          <label class="kl-field">
            <span>{t('templates.region')}</span>
            <RegionSelect id="kl-tpl-region" value={region} onChange={setRegion} />
          </label>
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
        </div>
        <p class="kl-hint">{t('templates.groupsLater')}</p>
        <button
          type="button"
          class="kl-btn kl-btn--primary"
          disabled={!file || progress !== undefined}
          onClick={() => void check()}
        >
          {t('templates.checkFile')}
        </button>
        {progress && file && <CheckProgressBar progress={progress} size={file.size} />}
        {report && file && <CheckReportView report={report} fileName={file.name} />}
      </section>
    </div>
  );
}
