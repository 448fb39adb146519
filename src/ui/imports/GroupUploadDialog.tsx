import '../../i18n/areas';
import { useEffect, useState } from 'preact/hooks';
import {
  prepareJob,
  query,
  startJob,
  type GroupCheckReport,
  type GroupUploadFiles,
  type Session,
} from '../../app/kernel/client';
import type { GroupUploadJob } from '../../domain/jobs';
import type { TemplateKind } from '../../domain/import';
import { useCommand, useLive } from '../hooks';
import { locale, t } from '../i18n';
import { Dialog } from '../kit/Dialog';
import { CheckUploadButtons, FileField, useCheck } from './ImportSteps';
import { Problems } from '../kit/Problems';
import { CheckProgressBar } from '../kit/Progress';
import { downloadTemplate } from './download-template';
import { GroupCheckReportView } from './GroupCheckReportView';
import { GroupJobsTable } from './GroupJobsTable';

/**
 * Groups page → Bulk Upload Users, or (with `groupId`) a group's Users tab → Import via CSV:
 * download the templates, choose the mapping file (and the optional parent file), Check them
 * (every problem in a panel, nothing written), then Upload, which starts the job; its row
 * shows the progress, and its date opens the detailed log.
 */
export function GroupUploadDialog(props: {
  session: Session;
  groupId?: string;
  onClose: () => void;
}) {
  const { groupId } = props;
  const group = useLive(groupId === undefined ? null : 'group', { groupId: groupId ?? '' });
  const [mapping, setMapping] = useState<File | undefined>();
  const [parent, setParent] = useState<File | undefined>();
  const [jobId, setJobId] = useState<string | undefined>();
  const job = useLive(jobId === undefined ? null : 'job', { jobId: jobId ?? '' }) as
    GroupUploadJob | null | undefined;
  const check = useCheck<GroupCheckReport>();
  const cmd = useCommand();
  useEffect(() => prepareJob('group-upload'), []);
  const files = (file: File): GroupUploadFiles => ({
    mapping: file,
    mappingName: file.name,
    ...(parent ? { parent, parentName: parent.name } : {}),
  });
  const choose = (set: (f: File | undefined) => void) => (f: File | undefined) => {
    set(f);
    // The report was about the files chosen before.
    check.clear();
    setJobId(undefined);
  };
  const upload = async () => {
    if (!mapping) return;
    const out = await cmd.call(() =>
      startJob('group-upload', {
        mappingFile: mapping,
        mappingFileName: mapping.name,
        ...(parent ? { parentFile: parent, parentFileName: parent.name } : {}),
        locale: locale.value,
        ...(groupId === undefined ? {} : { groupId }),
      }),
    );
    if (!out) return;
    setJobId(out.value.jobId);
  };
  // The check runs first (SPEC §7): Upload follows a Check of these very files.
  const checked = check.report !== undefined && check.report.fatal === undefined;
  const templates: Array<[TemplateKind, string]> =
    groupId === undefined
      ? [
          ['group-members', t('groupUpload.template.mapping')],
          ['group-parents', t('groupUpload.template.parents')],
        ]
      : [['group-members-one', t('groupUpload.template.one')]];
  const title =
    groupId === undefined
      ? t('groupUpload.title')
      : t('groupUpload.oneTitle', { group: group?.name ?? '' });
  return (
    <Dialog title={title} onClose={props.onClose} wide>
      <ol class="kl-steps">
        <li>
          <p>
            {groupId === undefined
              ? t('groupUpload.step.templates')
              : t('groupUpload.step.templateOne')}
          </p>
          <div class="kl-actions">
            {templates.map(([kind, label]) => (
              <button
                key={kind}
                type="button"
                class="kl-btn"
                onClick={() => void downloadTemplate(kind)}
              >
                {label}
              </button>
            ))}
          </div>
        </li>
        <li>
          <FileField
            label={groupId === undefined ? t('groupUpload.mappingFile') : t('import.selectFile')}
            onFile={choose(setMapping)}
          />
          {groupId === undefined && (
            <FileField label={t('groupUpload.parentFile')} onFile={choose(setParent)} />
          )}
          <p class="kl-hint">{t('import.limits')}</p>
        </li>
        <li>
          <p>{t('groupUpload.step.check')}</p>
          <CheckUploadButtons
            canCheck={!!mapping && !check.checking}
            canUpload={!!mapping && checked && !check.checking && !cmd.busy && !jobId}
            uploadHint={
              mapping && !checked && !check.checking ? t('groupUpload.checkFirst') : undefined
            }
            onCheck={() =>
              mapping &&
              void check.run((onProgress) =>
                query(
                  'check-group-upload',
                  {
                    files: files(mapping),
                    locale: locale.value,
                    ...(groupId === undefined ? {} : { groupId }),
                  },
                  { onProgress },
                ),
              )
            }
            onUpload={() => void upload()}
          />
        </li>
      </ol>
      {check.progress && mapping && (
        <CheckProgressBar progress={check.progress} size={mapping.size + (parent?.size ?? 0)} />
      )}
      <Problems problems={cmd.problems} error={cmd.error ?? check.error} />
      {job && (
        <>
          <p role="status" class="kl-alert kl-alert--ok">
            {t('groupUpload.started')}
          </p>
          <GroupJobsTable jobs={[job]} />
        </>
      )}
      {check.report && mapping && (
        <GroupCheckReportView report={check.report} fileName={mapping.name} />
      )}
    </Dialog>
  );
}
