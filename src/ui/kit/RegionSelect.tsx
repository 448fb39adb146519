import { useEffect, useState } from 'preact/hooks';
import { loadPhoneIo } from '../../app/kernel/client';
import { locale } from '../i18n';
import { whenIdle } from '../idle';
import type { Locale } from '../../domain/types';

type Region = { region: string; callingCode: string; label: string };

/**
 * The picker's options in `lang`, built once per language. Names come from tables written
 * ahead (scripts/region-names.mjs): Chromium's first `Intl.DisplayNames` for regions loads
 * ICU data in a 60–250 ms main-thread task, which every screen with the picker paid.
 */
const built = new Map<string, Promise<Region[]>>();
function regionsIn(lang: Locale): Promise<Region[]> {
  let regions = built.get(lang);
  if (!regions) {
    regions = Promise.all([
      loadPhoneIo(),
      lang === 'pl' ? import('./region-names/regions-pl') : import('./region-names/regions-en'),
    ]).then(([io, { regionNames }]) => {
      const collator = new Intl.Collator(lang);
      return io
        .regionList()
        .map((r) => ({ ...r, label: `${regionNames[r.region] ?? r.region} (+${r.callingCode})` }))
        .sort((a, b) => collator.compare(a.label, b.label));
    });
    regions.catch(() => built.delete(lang));
    built.set(lang, regions);
  }
  return regions;
}

/** Region picker with calling codes; the phone library loads soon after the picker shows. */
export function RegionSelect(props: {
  id: string;
  value: string;
  onChange: (region: string) => void;
  describedBy?: string | undefined;
}) {
  const [regions, setRegions] = useState<Region[]>([]);
  const [wanted, setWanted] = useState(false);
  // The phone library (50 KB) is not what the screen's first paint waits for: the list loads
  // once the page is idle, or at once when the picker is reached first.
  useEffect(() => (wanted ? undefined : whenIdle(() => setWanted(true), 1_500)), [wanted]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    regionsIn(locale.value).then(
      (list) => live && setRegions(list),
      // Offline before the library was cached: the picker keeps the current region only.
      () => undefined,
    );
    return () => void (live = false);
  }, [wanted]);
  const want = () => setWanted(true);
  return (
    <select
      id={props.id}
      value={props.value}
      aria-describedby={props.describedBy}
      onFocus={want}
      onPointerDown={want}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      {regions.length === 0 && <option value={props.value}>{props.value}</option>}
      {regions.map((r) => (
        <option key={r.region} value={r.region}>
          {r.label}
        </option>
      ))}
    </select>
  );
}
