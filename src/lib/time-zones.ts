/** IANA time zone names: validation against the browser's own Intl data, and the list for a picker. */

/** Region/City style names and the UTC aliases; fixed offsets like `+01:00` are not zones (no DST rules). */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * The zone name to use for `value` (`europe/madrid` -> `Europe/Madrid`), or null when the browser does not
 * know it. Intl is the authority: it is what every formatter in the app will use. Aliases Intl accepts
 * (`US/Eastern`, `Asia/Kolkata` where ICU lists `Asia/Calcutta`) are kept as written.
 */
export function canonicalTimeZone(value: string): string | null {
  if (value.length > 64 || !ZONE_NAME.test(value)) return null;
  const lower = value.toLowerCase();
  const listed = knownTimeZones().find((zone) => zone.toLowerCase() === lower);
  if (listed) return listed;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return value;
  } catch {
    return null;
  }
}

/** The zone the browser runs in; UTC when it does not say (old engines, locked-down kiosks). */
export function browserTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (zone && canonicalTimeZone(zone)) || 'UTC';
}

let cachedZones: readonly string[] | null = null;

/** Every zone the browser knows, sorted, always including UTC. */
export function knownTimeZones(): readonly string[] {
  if (cachedZones) return cachedZones;
  const zones = new Set(
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [],
  );
  zones.add('UTC');
  cachedZones = [...zones].sort();
  return cachedZones;
}
