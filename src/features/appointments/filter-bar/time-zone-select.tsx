import { useMemo, useState } from 'react';
import { browserTimeZone, knownTimeZones } from '../../../lib/time-zones.ts';

export interface TimeZoneSelectProps {
  value: string;
  onChange: (tz: string) => void;
}

/** A native select: long, type-to-jump and fully accessible without a custom listbox. */
export function TimeZoneSelect({ value, onChange }: TimeZoneSelectProps) {
  const zones = useMemo(() => {
    const known = knownTimeZones();
    // An alias from the URL (e.g. US/Eastern) is not in the list but must stay selectable.
    return known.includes(value) ? known : [value, ...known];
  }, [value]);
  const [local] = useState(browserTimeZone);
  return (
    <label className="filter-select">
      <span className="filter-select-label">Time zone</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={local}>Browser ({local.replaceAll('_', ' ')})</option>
        {zones
          .filter((zone) => zone !== local)
          .map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
      </select>
    </label>
  );
}
