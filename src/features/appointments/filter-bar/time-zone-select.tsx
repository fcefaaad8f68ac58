import { useEffect, useMemo, useState } from 'react';
import { browserTimeZone, knownTimeZones } from '../../../lib/time-zones.ts';
import { whenIdle } from '../../../ui/lazy-module.ts';

export interface TimeZoneSelectProps {
  value: string;
  onChange: (tz: string) => void;
}

/**
 * A native select: long, type-to-jump and fully accessible without a custom listbox. Its ~420 zones
 * are a third of the list page's elements, so the first render holds only the browser's zone and the
 * chosen one; the rest follow when the browser is idle, or at once when the select is focused or
 * pressed (before its popup opens).
 */
export function TimeZoneSelect({ value, onChange }: TimeZoneSelectProps) {
  const [local] = useState(browserTimeZone);
  const [complete, setComplete] = useState(false);
  useEffect(() => (complete ? undefined : whenIdle(() => setComplete(true))), [complete]);
  const zones = useMemo(() => {
    if (!complete) return value === local ? [] : [value];
    const known = knownTimeZones();
    // An alias from the URL (e.g. US/Eastern) is not in the list but must stay selectable.
    return known.includes(value) ? known : [value, ...known];
  }, [complete, value, local]);
  const showAll = () => setComplete(true);
  return (
    <label className="filter-select">
      <span className="filter-select-label">Time zone</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onFocus={showAll}
        onPointerDown={showAll}
      >
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
