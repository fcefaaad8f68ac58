import { useState, type FormEvent } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { calendarDaysBetween, isCalendarDay } from '../../../lib/zoned-dates.ts';
import {
  DATE_PRESETS,
  DATE_PRESET_LABELS,
  matchPreset,
  MAX_RANGE_DAYS,
  presetRange,
  type DayRange,
} from '../list-state/date-presets.ts';
import { Chevron } from './multi-select-filter.tsx';

export interface DateRangeFilterProps {
  from: string;
  to: string;
  /** Today in the list's zone, for the presets. */
  today: string;
  onChange: (range: DayRange) => void;
}

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

/** Presets apply at once; a custom range is applied with a button so half-typed dates never navigate. */
export function DateRangeFilter({ from, to, today, onChange }: DateRangeFilterProps) {
  const [open, setOpen] = useState(false);
  const preset = matchPreset({ from, to }, today);
  const apply = (range: DayRange) => {
    onChange(range);
    setOpen(false);
  };
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger className="filter-trigger" data-active={preset !== 'next-7-days' || undefined}>
        <span className="visually-hidden">Dates: </span>
        <CalendarIcon />
        {preset === 'custom' ? null : (
          <span className="filter-trigger-preset">{DATE_PRESET_LABELS[preset]}</span>
        )}
        <span className="filter-trigger-detail">{formatDayRange(from, to)}</span>
        <Chevron />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="filter-popover date-popover"
          aria-label="Date range"
          align="start"
          sideOffset={4}
        >
          <div className="date-presets" role="group" aria-label="Presets">
            {DATE_PRESETS.map((p) => (
              <button
                key={p}
                type="button"
                className="date-preset"
                aria-pressed={p === preset}
                onClick={() => apply(presetRange(p, today))}
              >
                {DATE_PRESET_LABELS[p]}
              </button>
            ))}
          </div>
          <CustomRange key={`${from}|${to}`} from={from} to={to} onApply={apply} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function CustomRange({
  from,
  to,
  onApply,
}: {
  from: string;
  to: string;
  onApply: (range: DayRange) => void;
}) {
  const [draft, setDraft] = useState({ from, to });
  const valid = isCalendarDay(draft.from) && isCalendarDay(draft.to);
  const ordered = valid && draft.from > draft.to ? { from: draft.to, to: draft.from } : draft;
  const tooLong = valid && calendarDaysBetween(ordered.from, ordered.to) >= MAX_RANGE_DAYS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !tooLong) onApply(ordered);
  };
  return (
    <form className="date-custom" onSubmit={submit} aria-label="Custom range">
      <label className="date-field">
        <span>From</span>
        <input
          type="date"
          required
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
      </label>
      <label className="date-field">
        <span>To</span>
        <input
          type="date"
          required
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
      </label>
      {tooLong ? (
        <p className="date-error" role="alert">
          Pick at most {MAX_RANGE_DAYS} days.
        </p>
      ) : null}
      <button type="submit" className="button" data-variant="primary" disabled={!valid || tooLong}>
        Apply
      </button>
    </form>
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
