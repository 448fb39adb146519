import { useState } from 'preact/hooks';
import {
  query,
  type CheckProgress,
  type CheckReport,
  type GroupCheckReport,
  type Session,
} from '../../app/kernel/client';
import { TEMPLATE_KINDS } from '../../domain/import';
import type { Network } from '../../domain/types';
import { locale, t } from '../i18n';
import { CheckReportView } from './CheckReportView';
import { GroupCheckReportView } from './GroupCheckReportView';
import { FileField } from './ImportSteps';
import { CheckProgressBar } from '../kit/Progress';
import { RegionSelect } from '../kit/RegionSelect';
import { downloadTemplate } from './download-template';

/** What a file is checked as: a users file of a network, or the group mapping files. */
type CheckAs = Network | 'group-members';

/** The report of either check, tagged with what it checked. */
type Report = { as: 'users'; report: CheckReport } | { as: 'groups'; report: GroupCheckReport };

/**
 * The offline templates page (SPEC §5.3): every template for the current organization, and
 * Check a file with the importer's own validator — nothing is written. Group mapping files
 * get the Groups page's own check (the parent file beside its mapping file, as there).
 */
export function Templates(props: { session: Session }) {
  const { session } = props;
  const [checkAs, setCheckAs] = useState<CheckAs>('employee');
  const [parent, setParent] = useState<File | undefined>();
  const [region, setRegion] = useState(session.org?.region ?? 'PL');
  const [file, setFile] = useState<File | undefined>();
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [report, setReport] = useState<Report | undefined>();
  const groups = checkAs === 'group-members';
  const check = async () => {
    if (!file) return;
    setReport(undefined);
    setProgress({ phase: 'scanning', bytes: 0, rows: 0 });
    const options = { onProgress: setProgress };
    try {
      if (groups) {
        const files = {
          mapping: file,
          mappingName: file.name,
          ...(parent ? { parent, parentName: parent.name } : {}),
        };
        const input = { files, locale: locale.value, templates: { region } };
        setReport({ as: 'groups', report: await query('check-group-upload', input, options) });
      } else {
        const input = { file, network: checkAs, locale: locale.value, region };
        setReport({ as: 'users', report: await query('check-users-file', input, options) });
      }
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
            <select
              value={checkAs}
              onChange={(e) => {
                setCheckAs(e.currentTarget.value as CheckAs);
                setReport(undefined);
              }}
            >
              <option value="employee">{t('templates.kind.users-employee')}</option>
              <option value="others">{t('templates.kind.users-others')}</option>
              <option value="group-members">{t('templates.kind.group-members')}</option>
            </select>
          </label>
          <label class="kl-field">
            <span>{t('templates.region')}</span>
            <RegionSelect id="kl-tpl-region" value={region} onChange={setRegion} />
          </label>
          <FileField
            label={groups ? t('groupUpload.mappingFile') : t('import.selectFile')}
            onFile={(f) => {
              setFile(f);
              setReport(undefined);
            }}
          />
          {groups && (
            <FileField
              label={t('groupUpload.parentFile')}
              onFile={(f) => {
                setParent(f);
                setReport(undefined);
              }}
            />
          )}
        </div>
        {groups && <p class="kl-hint">{t('templates.parentFile')}</p>}
        <button
          type="button"
          class="kl-btn kl-btn--primary"
          disabled={!file || progress !== undefined}
          onClick={() => void check()}
        >
          {t('templates.checkFile')}
        </button>
        {progress && file && (
          <CheckProgressBar
            progress={progress}
            size={file.size + (groups ? (parent?.size ?? 0) : 0)}
          />
        )}
        {report?.as === 'users' && file && (
          <CheckReportView report={report.report} fileName={file.name} />
        )}
        {report?.as === 'groups' && file && (
          <GroupCheckReportView report={report.report} fileName={file.name} />
        )}
      </section>
    </div>
  );
}
