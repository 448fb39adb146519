import type { ComponentChildren } from 'preact';

let nextId = 0;
/** A labelled form control with its error message tied to it for screen readers. */
export function Field(props: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}) {
  const id = `kl-f${++nextId}`;
  const errId = `${id}-err`;
  const hintId = `${id}-hint`;
  const describedBy =
    [props.error ? errId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.error ? 'kl-field kl-field--invalid' : 'kl-field'}>
      <label for={id}>{props.label}</label>
      {props.children(id, describedBy, Boolean(props.error))}
      {props.hint && (
        <p id={hintId} class="kl-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errId} class="kl-field__error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A labelled one-line text input: the common case of `Field`. */
export function TextField(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  inputMode?: 'tel' | 'text';
  autocomplete?: string;
  disabled?: boolean;
}) {
  return (
    <Field label={props.label} error={props.error} {...(props.hint ? { hint: props.hint } : {})}>
      {(id, describedBy, invalid) => (
        <input
          id={id}
          value={props.value}
          disabled={props.disabled}
          inputMode={props.inputMode}
          autocomplete={props.autocomplete}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
