import { useEffect, useRef, useState } from 'preact/hooks';
import { query } from '../../app/kernel/client';
import type { User } from '../../domain/types';
import type { ActorContext } from '../../domain/permissions';
import { useCommand } from '../hooks';
import { t } from '../i18n';

/** The role label of an actor: org admin, group admin or member. */
export function roleLabel(ctx: ActorContext): string {
  return ctx.orgAdmin
    ? t('role.orgAdmin')
    : ctx.adminOf.size > 0
      ? t('role.groupAdmin')
      : t('role.member');
}

/** "Acting as" switcher: search any directory user and act as them. */
export function ActorSwitcher(props: { actor: User | undefined; actorCtx: ActorContext }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [results, setResults] = useState<User[]>([]);
  const cmd = useCommand();
  const inputRef = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    // A click anywhere outside closes the popover, as a menu does; the focus stays where
    // the click put it.
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    let live = true;
    const timer = setTimeout(() => {
      query('actor-candidates', text).then(
        (r) => live && setResults(r),
        () => live && setResults([]),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, text]);
  const label = props.actor
    ? `${props.actor.name || props.actor.phone} · ${roleLabel(props.actorCtx)}`
    : t('actor.none');
  return (
    <div class="kl-actor" ref={root}>
      <button
        ref={trigger}
        type="button"
        class="kl-btn kl-btn--ghost"
        aria-expanded={open}
        aria-controls="kl-actor-pop"
        onClick={() => setOpen(!open)}
      >
        <span class="kl-actor__label">{t('actor.actingAs')}</span> {label}
      </button>
      {open && (
        <div
          id="kl-actor-pop"
          class="kl-popover"
          role="dialog"
          aria-label={t('actor.switch')}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            // Escape gives the focus back to the button that opened it, not to the page.
            e.stopPropagation();
            setOpen(false);
            trigger.current?.focus();
          }}
        >
          <label for="kl-actor-search">{t('actor.search')}</label>
          <input
            id="kl-actor-search"
            ref={inputRef}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            placeholder={t('directory.searchPlaceholder')}
          />
          <ul class="kl-actor__list">
            {results.map((u) => (
              <li key={u.phone}>
                <button
                  type="button"
                  class="kl-actor__item"
                  onClick={() =>
                    void cmd.exec('actor-set', { phone: u.phone }).then((ok) => {
                      if (!ok) return;
                      setOpen(false);
                      setText('');
                      trigger.current?.focus();
                    })
                  }
                >
                  <span>{u.name || u.phone}</span>
                  <small>
                    {u.phone} ·{' '}
                    {u.orgRole === 'admin' ? t('role.orgAdmin') : t(`network.${u.network}`)}
                  </small>
                </button>
              </li>
            ))}
            {results.length === 0 && <li class="kl-muted">{t('actor.noResults')}</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
