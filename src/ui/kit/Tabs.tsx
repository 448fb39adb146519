import type { ComponentChildren } from 'preact';

/**
 * A tab list with its one panel (WAI-ARIA tabs): the chosen tab is the only one in the Tab
 * order; arrow keys, Home and End move between tabs and choose them.
 */
export function Tabs<K extends string>(props: {
  label: string;
  /** Makes the ids unique on the page. */
  idPrefix: string;
  tabs: ReadonlyArray<{ key: K; label: string }>;
  selected: K;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}) {
  const { idPrefix, tabs, selected } = props;
  const tabId = (key: K) => `${idPrefix}-tab-${key}`;
  const move = (from: number, key: string) => {
    const last = tabs.length - 1;
    const to =
      key === 'ArrowRight'
        ? (from + 1) % tabs.length
        : key === 'ArrowLeft'
          ? (from + last) % tabs.length
          : key === 'Home'
            ? 0
            : key === 'End'
              ? last
              : undefined;
    if (to === undefined) return false;
    props.onSelect(tabs[to]!.key);
    document.getElementById(tabId(tabs[to]!.key))?.focus();
    return true;
  };
  return (
    <>
      <div class="kl-tabs" role="tablist" aria-label={props.label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => props.onSelect(tab.key)}
            onKeyDown={(e) => {
              if (move(i, e.key)) e.preventDefault();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`${idPrefix}-panel`} role="tabpanel" aria-labelledby={tabId(selected)}>
        {props.children}
      </div>
    </>
  );
}
