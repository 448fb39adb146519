import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A disclosure menu: a button that opens a short list of actions. Arrow keys, Home and End move
 * between them; Escape closes it.
 */
export function Menu(props: {
  label: string;
  items: Array<{ label: string; onSelect: () => void; hidden?: boolean }>;
  children?: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('click', close);
    root.current?.querySelector<HTMLButtonElement>('.kl-menu__list button')?.focus();
    return () => document.removeEventListener('click', close);
  }, [open]);
  const items = props.items.filter((i) => !i.hidden);
  if (items.length === 0) return null;
  return (
    <div
      class="kl-menu"
      ref={root}
      onKeyDown={(e) => {
        if (!open) return;
        if (e.key === 'Escape') {
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('button')?.focus();
          return;
        }
        // Arrow keys, Home and End move between the items (Tab still works too).
        const buttons = [
          ...(root.current?.querySelectorAll<HTMLButtonElement>('.kl-menu__list button') ?? []),
        ];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const last = buttons.length - 1;
        const to =
          e.key === 'ArrowDown'
            ? at < 0 || at === last
              ? 0
              : at + 1
            : e.key === 'ArrowUp'
              ? at <= 0
                ? last
                : at - 1
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? last
                  : undefined;
        if (to === undefined) return;
        e.preventDefault();
        buttons[to]?.focus();
      }}
    >
      <button type="button" class="kl-btn" aria-expanded={open} onClick={() => setOpen(!open)}>
        {props.label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul class="kl-menu__list">
          {items.map((item) => (
            <li key={item.label}>
              <button
                type="button"
                onClick={() => {
                  // Back to the menu button first, so a dialog opened by the item returns
                  // the focus there when it closes (the item itself is about to disappear).
                  root.current?.querySelector<HTMLButtonElement>('button')?.focus();
                  setOpen(false);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
