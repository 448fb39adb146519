import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Problem } from '../../domain/errors';
import { t } from '../i18n';
import { Dialog } from './Dialog';
import { Problems } from './Problems';

/**
 * A dialog that is one form: its fields, the refusal above them (the message and every
 * problem by field), and the footer every form dialog shares — the submit button (disabled
 * while the command runs) and Cancel. When a submit is refused, the keyboard focus goes back
 * to the first field that has a problem (or the first field), not to the top of the page.
 */
export function FormDialog(props: {
  title: string;
  submitLabel: string;
  onSubmit: () => void | Promise<unknown>;
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
  wide?: boolean;
  /** Shown above the refusal (what the form does). */
  intro?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <Dialog title={props.title} onClose={props.onClose} {...(props.wide ? { wide: true } : {})}>
      <form
        ref={form}
        onSubmit={async (e) => {
          e.preventDefault();
          await props.onSubmit();
          // Still open after the submit: refused. The disabled button dropped the focus.
          setTimeout(() => {
            const el = form.current;
            if (
              !el?.isConnected ||
              (document.activeElement && document.activeElement !== document.body)
            )
              return;
            const field =
              el.querySelector<HTMLElement>('[aria-invalid="true"]') ??
              el.querySelector<HTMLElement>('input, select, textarea, button[type="submit"]');
            field?.focus();
          });
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
      </form>
    </Dialog>
  );
}
