import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * The frame of a table that may be wider than a phone's screen. It scrolls sideways (the page
 * itself never does), shows a shadow on each edge where more of the table is hidden, and while
 * it does overflow it is a labelled region in the tab order, so a keyboard can scroll it with
 * the arrow keys and a screen reader says what it holds. Wide enough, it is a plain box: no
 * extra tab stop on a desktop. The caption stays within the visible width (--kl-scroll-w).
 */
export function ScrollX(props: {
  /** What the table holds (its caption, or the section's title when it has none). */
  label: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      frame.style.setProperty('--kl-scroll-w', `${frame.clientWidth}px`);
      setOverflows(frame.scrollWidth > frame.clientWidth + 1);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    // The table grows as rows arrive; the frame's own size may not change when it does.
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      class="kl-scroll-x"
      role={overflows ? 'region' : undefined}
      tabIndex={overflows ? 0 : undefined}
      aria-label={overflows ? t('table.scrollRegion', { name: props.label }) : undefined}
    >
      {props.children}
    </div>
  );
}
