/**
 * Cached Intl formatters for every time the UI shows. Building an `Intl.DateTimeFormat` costs far more
 * than using one, and a virtualised table formats hundreds of cells per scroll frame, so each
 * (kind, zone) pair is built once. The locale is fixed to en-GB so the whole product reads the same
 * (24-hour clock, day before month) whatever the browser language.
 */
const LOCALE = 'en-GB';

type Kind = 'dateTime' | 'date' | 'time' | 'zone' | 'zoneUs' | 'day';

const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  dateTime: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
  zone: { timeZoneName: 'short' },
  zoneUs: { timeZoneName: 'short' },
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: Kind, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = create(kind, timeZone);
    cache.set(key, hit);
  }
  return hit;
}

/** An unknown zone must never break a render: fall back to UTC (the URL parser shows the notice). */
function create(kind: Kind, timeZone: string): Intl.DateTimeFormat {
  // en-GB names European zones (CET, BST) and en-US American ones (EST, PDT); see zoneAbbreviation.
  const locale = kind === 'zoneUs' ? 'en-US' : LOCALE;
  try {
    return new Intl.DateTimeFormat(locale, { ...OPTIONS[kind], timeZone });
  } catch {
    return new Intl.DateTimeFormat(locale, { ...OPTIONS[kind], timeZone: 'UTC' });
  }
}

function toDate(ms: number): Date | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Wed, 18 Nov 2026, 10:30" in `tz`. */
export function formatDateTime(ms: number, tz: string): string {
  const date = toDate(ms);
  return date ? formatter('dateTime', tz).format(date) : '';
}

/** "Wed, 18 Nov 2026" in `tz`. */
export function formatDate(ms: number, tz: string): string {
  const date = toDate(ms);
  return date ? formatter('date', tz).format(date) : '';
}

/** `formatDate` split before its year ("Wed, 18 Nov" and " 2026"), so a narrow layout can drop the year. */
export function formatDateParts(ms: number, tz: string): { day: string; year: string } {
  const date = toDate(ms);
  if (!date) return { day: '', year: '' };
  const parts = formatter('date', tz).formatToParts(date);
  const at = parts.findIndex((p) => p.type === 'year');
  // The separator before the year belongs to the year: hiding both leaves "Wed, 18 Nov".
  const cut = at > 0 && parts[at - 1]!.type === 'literal' ? at - 1 : at;
  const text = (list: Intl.DateTimeFormatPart[]) => list.map((p) => p.value).join('');
  return at < 0
    ? { day: text(parts), year: '' }
    : { day: text(parts.slice(0, cut)), year: text(parts.slice(cut)) };
}

/** "10:30" (24-hour) in `tz`. */
export function formatTime(ms: number, tz: string): string {
  const date = toDate(ms);
  return date ? formatter('time', tz).format(date) : '';
}

function zoneName(kind: 'zone' | 'zoneUs', date: Date, tz: string): string {
  return (
    formatter(kind, tz)
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * The zone's short name at that instant, so DST shows: "CET"/"CEST", "EST"/"EDT", else the offset
 * ("GMT+9"). No one locale knows both European and American abbreviations, so en-US is asked when
 * en-GB only has an offset.
 */
export function zoneAbbreviation(ms: number, tz: string): string {
  const date = toDate(ms);
  if (!date) return '';
  const gb = zoneName('zone', date, tz);
  if (!/^(GMT|UTC)[+-]/.test(gb)) return gb;
  const us = zoneName('zoneUs', date, tz);
  return /^[A-Z]{2,5}$/.test(us) ? us : gb;
}

/** The calendar day of the instant in `tz` as YYYY-MM-DD (for grouping and file names). */
export function isoDay(ms: number, tz: string): string {
  const date = toDate(ms);
  if (!date) return '';
  const parts = formatter('day', tz).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "45 min", "1 h", "1 h 30 min"; negative or non-finite durations read as "—". */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) return '—';
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
