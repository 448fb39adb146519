import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../i18n';

/** A modal on the native `<dialog>`: focus is trapped and Escape closes it. */
export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Unique per dialog: a confirmation opened over user details must not take its title.
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class={props.wide ? 'kl-dialog kl-dialog--wide' : 'kl-dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <header class="kl-dialog__head">
        <h2 id={titleId}>{props.title}</h2>
        <button
          type="button"
          class="kl-icon-btn"
          onClick={props.onClose}
          aria-label={t('common.close')}
        >
          ×
        </button>
      </header>
      <div class="kl-dialog__body">{props.children}</div>
    </dialog>
  );
}
