import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** A disclosure menu: a button that opens a short list of actions. Escape closes it. */
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
        if (e.key === 'Escape' && open) {
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('button')?.focus();
        }
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
