import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Problem } from '../../domain/errors';
import { t } from '../i18n';
import { Dialog } from './Dialog';
import { Problems } from './Problems';
import { focusFirstInvalid } from './keep-focus';

export interface FormProps {
  submitLabel: string;
  onSubmit: () => void | Promise<unknown>;
  /** Cancel (or Close): leaves the form. */
  onClose: () => void;
  busy: boolean;
  error?: string | undefined;
  problems?: readonly Problem[];
  /** The submit button is off (nothing chosen yet…). */
  disabled?: boolean;
  /** The second button: Cancel, or Close for a form that can be sent several times. */
  closeLabel?: string;
  /** `danger` for a destructive confirmation. */
  tone?: 'primary' | 'danger';
  /** Shown above the refusal (what the form does). */
  intro?: ComponentChildren;
  /** Shown below the buttons (the outcome of the last submit). */
  after?: ComponentChildren;
  children?: ComponentChildren;
}

/**
 * One form of a dialog: its fields, the refusal above them (the message and every problem by
 * field), and the footer every form shares — the submit button (disabled while the command
 * runs) and Cancel. When a submit is refused, the keyboard focus goes back to the first field
 * that has a problem (or the first field), not to the top of the page.
 */
export function Form(props: FormProps) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      onSubmit={async (e) => {
        e.preventDefault();
        await props.onSubmit();
        // Still here after the submit: refused, or ready for the next entry.
        focusFirstInvalid(form.current);
      }}
    >
      {props.intro}
      <Problems problems={props.problems ?? []} error={props.error} />
      {props.children}
      <div class="kl-actions">
        <button
          type="submit"
          class={`kl-btn ${props.tone === 'danger' ? 'kl-btn--danger' : 'kl-btn--primary'}`}
          disabled={props.busy || props.disabled === true}
        >
          {props.submitLabel}
        </button>
        <button type="button" class="kl-btn" onClick={props.onClose}>
          {props.closeLabel ?? t('common.cancel')}
        </button>
      </div>
      {props.after}
    </form>
  );
}

/** A dialog that is one `Form`. */
export function FormDialog(props: FormProps & { title: string; wide?: boolean }) {
  const { title, wide, ...form } = props;
  return (
    <Dialog title={title} onClose={props.onClose} {...(wide ? { wide: true } : {})}>
      <Form {...form} />
    </Dialog>
  );
}
