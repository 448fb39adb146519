import { useEffect, useState } from 'preact/hooks';
import { loadPhoneIo } from '../../app/kernel/client';
import { locale } from '../i18n';

const names = new Map<string, Intl.DisplayNames>();
function regionName(region: string): string {
  let dn = names.get(locale.value);
  if (!dn) {
    dn = new Intl.DisplayNames([locale.value], { type: 'region' });
    names.set(locale.value, dn);
  }
  return dn.of(region) ?? region;
}

/** Region picker with calling codes; the phone library loads when the picker first shows. */
export function RegionSelect(props: {
  id: string;
  value: string;
  onChange: (region: string) => void;
  describedBy?: string | undefined;
}) {
  const [regions, setRegions] = useState<
    Array<{ region: string; callingCode: string; label: string }>
  >([]);
  useEffect(() => {
    void loadPhoneIo().then((io) =>
      setRegions(
        io
          .regionList()
          .map((r) => ({ ...r, label: `${regionName(r.region)} (+${r.callingCode})` }))
          .sort((a, b) => a.label.localeCompare(b.label, locale.value)),
      ),
    );
  }, []);
  return (
    <select
      id={props.id}
      value={props.value}
      aria-describedby={props.describedBy}
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
