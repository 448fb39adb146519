import { useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import type { Locale, Organization } from '../../domain/types';
import { can } from '../../domain/permissions';
import { useCommand } from '../hooks';
import { Field, TextField } from '../kit/Field';
import { Problems, fieldProblem } from '../kit/Problems';
import { RegionSelect } from '../kit/RegionSelect';
import { ClockControl } from './ClockControl';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { localizedPath, locale, t } from '../i18n';
import { StorageSection } from './StorageSection';

/** Settings: organization, language, simulated date, demo, reset and storage. */
export function Settings(props: { session: Session }) {
  const org = props.session.org!;
  // Kept here: a save remounts the form with the stored values, and its "Saved" stays.
  const [saved, setSaved] = useState(false);
  const [confirm, setConfirm] = useState<'demo' | 'reset' | undefined>();
  const sandbox = useCommand();
  const canOrg = can(props.session.actorCtx, 'org.manage');
  return (
    <div class="kl-settings">
      {/* Keyed by what is stored: a demo load, a reset or another tab's save shows at once,
          and Save never writes back values the form read before they changed. */}
      <OrgForm
        key={`${org.name}\n${org.region}`}
        org={org}
        canOrg={canOrg}
        saved={saved}
        onSaved={setSaved}
      />
      <section class="kl-card" aria-labelledby="kl-set-lang">
        <h3 id="kl-set-lang">{t('settings.language')}</h3>
        <Field label={t('settings.language')}>
          {(id) => (
            <select
              id={id}
              value={locale.value}
              onChange={async (e) => {
                const next = e.currentTarget.value as Locale;
                // Refused: the message shows under Sandbox, and the page stays.
                if (!(await sandbox.exec('locale-set', { locale: next }))) return;
                window.location.assign(
                  localizedPath(window.location.pathname, next) + window.location.hash,
                );
              }}
            >
              <option value="en" lang="en">
                English
              </option>
              <option value="pl" lang="pl">
                Polski
              </option>
            </select>
          )}
        </Field>
      </section>
      <section class="kl-card" aria-labelledby="kl-set-clock">
        <h3 id="kl-set-clock">{t('settings.clock')}</h3>
        <p class="kl-hint">{t('settings.clockHint')}</p>
        <ClockControl session={props.session} />
      </section>
      <section class="kl-card" aria-labelledby="kl-set-sandbox">
        <h3 id="kl-set-sandbox">{t('settings.sandbox')}</h3>
        <Problems problems={[]} error={sandbox.error} />
        <div class="kl-actions">
          <button type="button" class="kl-btn" onClick={() => setConfirm('demo')}>
            {t('settings.loadDemo')}
          </button>
          <button type="button" class="kl-btn kl-btn--danger" onClick={() => setConfirm('reset')}>
            {t('settings.reset')}
          </button>
        </div>
      </section>
      <section class="kl-card" aria-labelledby="kl-set-restore">
        <h3 id="kl-set-restore">{t('tenant.restore.title')}</h3>
        <p>{t('tenant.restore.notEmpty', { organization: props.session.org?.name ?? '' })}</p>
        <button type="button" class="kl-btn kl-btn--danger" onClick={() => setConfirm('reset')}>
          {t('tenant.restore.resetFirst')}
        </button>
      </section>
      <StorageSection />
      {confirm && (
        <ConfirmDialog
          title={confirm === 'demo' ? t('settings.loadDemo') : t('settings.reset')}
          confirmLabel={
            confirm === 'demo' ? t('settings.loadDemoConfirm') : t('settings.resetConfirm')
          }
          busy={sandbox.busy}
          error={sandbox.error}
          onClose={() => setConfirm(undefined)}
          onConfirm={async () => {
            const ok =
              confirm === 'demo'
                ? await sandbox.exec('demo-load', { locale: locale.value })
                : await sandbox.exec('sandbox-reset', undefined);
            if (ok) {
              setConfirm(undefined);
              setSaved(false);
            }
          }}
        >
          <p>{confirm === 'demo' ? t('settings.loadDemoText') : t('settings.resetText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Settings → Organization: name and default region, as stored now. */
function OrgForm(props: {
  org: Organization;
  canOrg: boolean;
  saved: boolean;
  onSaved: (saved: boolean) => void;
}) {
  const { org, canOrg, saved } = props;
  const [name, setName] = useState(org.name);
  const [region, setRegion] = useState(org.region);
  const cmd = useCommand();
  return (
    <section class="kl-card" aria-labelledby="kl-set-org">
      <h3 id="kl-set-org">{t('settings.organization')}</h3>
      {!canOrg && <p class="kl-alert">{t('settings.orgAdminsOnly')}</p>}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          props.onSaved(false);
          props.onSaved(Boolean(await cmd.exec('org-update', { name, region })));
        }}
      >
        <Problems problems={cmd.problems} error={cmd.error} />
        {saved && (
          <p class="kl-alert kl-alert--ok" role="status">
            {t('settings.saved')}
          </p>
        )}
        <TextField
          label={t('field.orgName')}
          error={fieldProblem(cmd.problems, 'orgName')}
          value={name}
          onValue={setName}
          disabled={!canOrg}
        />
        <Field label={t('field.region')} hint={t('onboarding.regionHint')}>
          {(id, d) => <RegionSelect id={id} value={region} onChange={setRegion} describedBy={d} />}
        </Field>
        <button type="submit" class="kl-btn kl-btn--primary" disabled={!canOrg || cmd.busy}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
