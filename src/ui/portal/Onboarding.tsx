import { useRef, useState } from 'preact/hooks';
import { useCommand } from '../hooks';
import { Field, TextField } from '../kit/Field';
import { Problems, fieldProblem } from '../kit/Problems';
import { RegionSelect } from '../kit/RegionSelect';
import { locale, t } from '../i18n';
import { RestoreTenant } from '../tenant/RestoreTenant';
import { focusFirstInvalid } from '../kit/keep-focus';

/**
 * First visit (or after a reset): create an organization and its first org admin, load the
 * demo, or restore a tenant export.
 */
export function Onboarding() {
  const cmd = useCommand();
  const [orgName, setOrgName] = useState('');
  const [region, setRegion] = useState(locale.value === 'pl' ? 'PL' : 'IN');
  const [adminName, setAdminName] = useState('');
  const [adminPhone, setAdminPhone] = useState('');
  const form = useRef<HTMLFormElement>(null);
  return (
    <section class="kl-onboarding" aria-labelledby="kl-onb-title">
      <h2 id="kl-onb-title">{t('onboarding.title')}</h2>
      <p>{t('onboarding.intro')}</p>
      <div class="kl-onboarding__choices">
        <form
          ref={form}
          class="kl-card"
          onSubmit={async (e) => {
            e.preventDefault();
            const done = await cmd.exec('org-create', {
              orgName,
              region,
              locale: locale.value,
              adminName,
              adminPhone,
            });
            // Refused: the keyboard goes on at the first field to fix.
            if (!done) focusFirstInvalid(form.current, true);
          }}
        >
          <h3>{t('onboarding.new')}</h3>
          <Problems problems={[]} error={cmd.error} />
          <TextField
            label={t('field.orgName')}
            error={fieldProblem(cmd.problems, 'orgName')}
            value={orgName}
            onValue={setOrgName}
          />
          <Field label={t('field.region')} hint={t('onboarding.regionHint')}>
            {(id, d) => (
              <RegionSelect id={id} value={region} onChange={setRegion} describedBy={d} />
            )}
          </Field>
          <TextField
            label={t('onboarding.adminName')}
            error={fieldProblem(cmd.problems, 'name')}
            value={adminName}
            onValue={setAdminName}
            autocomplete="name"
          />
          <TextField
            label={t('onboarding.adminPhone')}
            error={fieldProblem(cmd.problems, 'phone')}
            value={adminPhone}
            onValue={setAdminPhone}
            inputMode="tel"
            autocomplete="tel"
          />
          <button class="kl-btn kl-btn--primary" type="submit" disabled={cmd.busy}>
            {t('onboarding.create')}
          </button>
        </form>
        <div class="kl-card">
          <h3>{t('onboarding.demo')}</h3>
          <p>{t('onboarding.demoText')}</p>
          <button
            class="kl-btn"
            type="button"
            disabled={cmd.busy}
            onClick={() => void cmd.exec('demo-load', { locale: locale.value })}
          >
            {t('settings.loadDemo')}
          </button>
        </div>
        <RestoreTenant />
      </div>
    </section>
  );
}
