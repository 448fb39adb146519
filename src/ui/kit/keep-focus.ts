/**
 * Gives the keyboard focus back after a command. A button that is disabled while its command
 * runs drops the focus to the page, and a keyboard user would start again from the top. Call
 * it with the element that had the focus when the command started: once the page has
 * re-rendered, it gets the focus back if nothing else took it. When that element is gone,
 * `fallback` (a status line or heading with `tabIndex={-1}`) gets it.
 */
export function keepFocus(el: Element | null, fallback?: HTMLElement | null): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    if (el instanceof HTMLElement && el.isConnected) el.focus();
    else fallback?.focus();
  });
}

/**
 * After a form's submit, once the page has re-rendered: when the focus fell to the page (the
 * submit button was disabled while the command ran), it goes to the first field marked
 * invalid, else to the first field — where a keyboard or screen-reader user goes on, hearing
 * the field's error as its description. With `refused`, the first invalid field gets the focus
 * wherever it was (Enter pressed in a valid field).
 */
export function focusFirstInvalid(form: HTMLFormElement | null, refused = false): void {
  setTimeout(() => {
    if (!form?.isConnected) return;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (refused && invalid) return invalid.focus();
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const field =
      invalid ?? form.querySelector<HTMLElement>('input, select, textarea, button[type="submit"]');
    field?.focus();
  });
}
