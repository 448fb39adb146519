import type { ComponentChildren } from 'preact';
import { Dialog } from './Dialog';
import { Problems } from './Problems';
import { t } from '../i18n';

/** Asks before a destructive step; shows the command's refusal if it is refused. */
export function ConfirmDialog(props: {
  title: string;
  confirmLabel: string;
  busy: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
  children: ComponentChildren;
}) {
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      {props.children}
      <Problems problems={[]} error={props.error} />
      <div class="kl-actions">
        <button
          type="button"
          class="kl-btn kl-btn--danger"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" class="kl-btn" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
