import { useRef } from 'preact/hooks';
import { t } from '../i18n';
import { formatBytes, useStorage } from './storage';

/**
 * Settings → Storage: what this site keeps in the browser (updating as it changes), whether
 * the browser promises to keep it, and the request that it should (SPEC §12).
 */
export function StorageSection() {
  const { supported, figures, answer, persist } = useStorage();
  const said = useRef<HTMLParagraphElement>(null);
  return (
    <section class="kl-card" aria-labelledby="kl-set-storage">
      <h3 id="kl-set-storage">{t('settings.storage')}</h3>
      {!supported ? (
        <p class="kl-muted">{t('settings.storageUnknown')}</p>
      ) : !figures ? (
        <p class="kl-muted">{t('common.loading')}</p>
      ) : (
        <>
          <p>
            {t('settings.storageUsed', {
              used: formatBytes(figures.usage),
              quota: formatBytes(figures.quota),
            })}
          </p>
          <p class="kl-hint">{t('settings.storageHint')}</p>
          <p>{figures.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
          {!figures.persisted && (
            <button
              type="button"
              class="kl-btn"
              onClick={async () => {
                // Granted, the button goes: the answer takes the focus it had.
                if ((await persist()) === 'granted') said.current?.focus();
              }}
            >
              {t('settings.persist')}
            </button>
          )}
        </>
      )}
      <p ref={said} role="status" tabIndex={-1} class={answer ? 'kl-alert' : undefined}>
        {answer === 'granted' && t('settings.persistGranted')}
        {answer === 'refused' && t('settings.persistRefused')}
      </p>
    </section>
  );
}
