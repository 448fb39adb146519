import { useId, useState } from 'preact/hooks';
import { useCommand, useLive } from '../hooks';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Problems } from '../kit/Problems';
import { localizedPath, locale, t } from '../i18n';

type Choice = 'new' | 'demo';

/**
 * The landing page's Start: a new organization (the sandbox is emptied and the portal shows
 * onboarding) or the demo organization (loaded here, then the portal opens on it). An
 * organization already in the sandbox is only replaced after the person confirms, by name.
 */
export function StartChoice() {
  const session = useLive('session');
  const cmd = useCommand();
  // The organization is named as it was when the person was asked: a reset empties the
  // session before the portal opens, and the dialog stays until then.
  const [asking, setAsking] = useState<{ choice: Choice; organization: string }>();
  const [running, setRunning] = useState<Choice>();
  const [leaving, setLeaving] = useState(false);
  const ids = { new: useId(), demo: useId() };
  const org = session?.org;
  const portal = localizedPath('/portal/', locale.value);

  const start = async (choice: Choice) => {
    setRunning(choice);
    const done =
      choice === 'demo'
        ? await cmd.exec('demo-load', { locale: locale.value })
        : await cmd.exec('sandbox-reset', undefined);
    if (!done) {
      setRunning(undefined);
      return;
    }
    // Stays busy until the portal replaces this page.
    setLeaving(true);
    window.location.assign(portal);
  };
  const busy = cmd.busy || leaving;
  const button = (choice: Choice, tone: string) => (
    <div class="kl-start__choice">
      <button
        type="button"
        class={`kl-btn ${tone}`}
        aria-describedby={ids[choice]}
        // Until the session is read, nobody knows whether a click would replace something.
        disabled={!session || busy}
        onClick={() => (org ? setAsking({ choice, organization: org.name }) : void start(choice))}
      >
        {t(choice === 'new' ? 'landing.start.new' : 'landing.start.demo')}
      </button>
      <p class="kl-hint" id={ids[choice]}>
        {t(choice === 'new' ? 'landing.start.newHint' : 'landing.start.demoHint')}
      </p>
    </div>
  );

  return (
    <div class="kl-root kl-start not-content">
      <p class="kl-start__state">
        {!session ? (
          t('common.loading')
        ) : org ? (
          <>
            {t('landing.start.current', { organization: org.name })}{' '}
            <a href={portal}>{t('landing.start.continue')}</a>
          </>
        ) : (
          t('landing.start.empty')
        )}
      </p>
      <div class="kl-start__choices">
        {button('new', 'kl-btn--primary')}
        {button('demo', '')}
      </div>
      {!asking && <Problems problems={[]} error={cmd.error} />}
      <p class="kl-hint" role="status">
        {leaving
          ? t('landing.start.opening')
          : running === 'demo'
            ? t('landing.start.loadingDemo')
            : ''}
      </p>
      {asking && (
        <ConfirmDialog
          title={t(asking.choice === 'new' ? 'landing.start.new' : 'landing.start.demo')}
          confirmLabel={t(
            asking.choice === 'new' ? 'landing.start.newConfirm' : 'landing.start.demoConfirm',
          )}
          busy={busy}
          error={cmd.error}
          onClose={() => {
            setAsking(undefined);
            cmd.reset();
          }}
          onConfirm={() => start(asking.choice)}
        >
          <p>
            {t(asking.choice === 'new' ? 'landing.start.newText' : 'landing.start.demoText', {
              organization: asking.organization,
            })}
          </p>
          <p class="kl-hint">{t('landing.start.keepCopy')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
