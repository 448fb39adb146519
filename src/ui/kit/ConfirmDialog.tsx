import type { ComponentChildren } from 'preact';
import { FormDialog } from './FormDialog';

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
    <FormDialog
      title={props.title}
      submitLabel={props.confirmLabel}
      tone="danger"
      busy={props.busy}
      error={props.error}
      onSubmit={props.onConfirm}
      onClose={props.onClose}
      intro={props.children}
    />
  );
}
