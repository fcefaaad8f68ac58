// What the filter triggers show. Shared by the placeholder buttons of the first view and the Radix
// triggers that replace them, so the swap changes nothing visible or audible.
import { DATE_PRESET_LABELS, type DatePreset } from '../list-state/date-presets.ts';

const rangeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "18–25 Nov 2026": calendar days are formatted as UTC midnights so no zone can shift them. */
export function formatDayRange(from: string, to: string): string {
  const a = new Date(`${from}T00:00:00Z`);
  return from === to ? rangeFormat.format(a) : rangeFormat.formatRange(a, new Date(`${to}T00:00:00Z`));
}

/** "Status", or "Status 2 selected" to assistive technology with a visible count badge. */
export function MultiTriggerContent({ label, count }: { label: string; count: number }) {
  return (
    <>
      {label}{' '}
      {count > 0 ? (
        <>
          <span className="filter-trigger-count">{count}</span>
          <span className="visually-hidden"> selected</span>
        </>
      ) : null}
      <Chevron />
    </>
  );
}

/** "Dates: Next 7 days 18–25 Nov 2026"; a custom range shows only the days. */
export function DateTriggerContent({
  from,
  to,
  preset,
}: {
  from: string;
  to: string;
  preset: DatePreset | 'custom';
}) {
  return (
    <>
      <span className="visually-hidden">Dates: </span>
      <CalendarIcon />
      {preset === 'custom' ? null : (
        <span className="filter-trigger-preset">{DATE_PRESET_LABELS[preset]}</span>
      )}
      <span className="filter-trigger-detail">{formatDayRange(from, to)}</span>
      <Chevron />
    </>
  );
}

function Chevron() {
  return (
    <svg
      className="filter-chevron"
      width="12"
      height="12"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
    </svg>
  );
}

function CalendarIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M2.5 3.5h11v10h-11zM2.5 6.5h11M5 2v3M11 2v3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
