import '../../i18n/areas';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useCommand } from '../hooks';
import { Dialog } from '../kit/Dialog';
import { Field, TextField } from '../kit/Field';
import { fieldProblem } from '../kit/Problems';
import { FormDialog } from '../kit/FormDialog';
import { t } from '../i18n';

/** A read-only value with a Copy button; the text stays selectable when the clipboard is refused. */
function CopyValue(props: {
  label: string;
  value: string;
  copyLabel: string;
  autoFocus?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The form that had the focus is gone; start on the first value to copy.
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, []);
  return (
    <Field label={props.label}>
      {(id) => (
        <div class="kl-copy">
          <input
            ref={input}
            id={id}
            readOnly
            value={props.value}
            class="kl-copy__value"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            class="kl-btn kl-btn--small"
            aria-label={props.copyLabel}
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(props.value);
                setCopied(true);
              } catch {
                // No clipboard permission: select the text so Ctrl+C copies it.
                input.current?.select();
              }
            }}
          >
            {t('connectors.copy')}
          </button>
          <span role="status" class="kl-muted">
            {copied ? t('connectors.copied') : ''}
          </span>
        </div>
      )}
    </Field>
  );
}

/**
 * Connectors → Register: name and description, then the connector ID and its secret, shown
 * this once. Closing the dialog forgets the secret: only its hash was stored.
 */
export function RegisterConnectorDialog(props: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [created, setCreated] = useState<{ connectorId: string; secret: string } | undefined>();
  const cmd = useCommand();
  if (created) {
    return (
      <Dialog title={t('connectors.created.title', { name: name.trim() })} onClose={props.onClose}>
        <p class="kl-alert kl-alert--warn" role="alert">
          {t('connectors.created.once')}
        </p>
        <CopyValue
          label={t('connectors.field.id')}
          value={created.connectorId}
          copyLabel={t('connectors.copyId')}
          autoFocus
        />
        <CopyValue
          label={t('connectors.field.secret')}
          value={created.secret}
          copyLabel={t('connectors.copySecret')}
        />
        <div class="kl-actions">
          <button type="button" class="kl-btn kl-btn--primary" onClick={props.onClose}>
            {t('connectors.created.done')}
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <FormDialog
      title={t('connectors.register.title')}
      submitLabel={t('connectors.register.submit')}
      busy={cmd.busy}
      error={cmd.error}
      problems={cmd.problems}
      onClose={props.onClose}
      onSubmit={async () => {
        const out = await cmd.exec('connector-register', { name, description });
        if (out) setCreated(out.value);
      }}
      intro={<p class="kl-hint">{t('connectors.register.intro')}</p>}
    >
      <TextField
        label={t('connectors.field.name')}
        value={name}
        onValue={setName}
        error={fieldProblem(cmd.problems, 'name')}
      />
      <Field
        label={t('catalog.field.description')}
        hint={t('catalog.field.descriptionHint')}
        error={fieldProblem(cmd.problems, 'description')}
      >
        {(id, describedBy, invalid) => (
          <textarea
            id={id}
            rows={2}
            value={description}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}
