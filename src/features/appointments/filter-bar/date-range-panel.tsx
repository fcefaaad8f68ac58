import { useState, type FormEvent } from 'react';
import type { Range } from '../../../domain/range.ts';
import { calendarDaysBetween, isCalendarDay, type CalendarDay } from '../../../lib/zoned-dates.ts';
import {
  DATE_PRESETS,
  DATE_PRESET_LABELS,
  MAX_RANGE_DAYS,
  presetRange,
  type DatePreset,
} from '../list-state/date-presets.ts';

export interface DateRangePanelProps {
  from: string;
  to: string;
  /** Today in the list's zone, for the presets. */
  today: string;
  /** The preset the current range matches, shown pressed. */
  preset: DatePreset | 'custom';
  /** Applies a range (the caller also closes the popover). */
  onApply: (range: Range<CalendarDay>) => void;
}

/** Presets apply at once; a custom range is applied with a button so half-typed dates never navigate. */
export function DateRangePanel({ from, to, today, preset, onApply }: DateRangePanelProps) {
  return (
    <>
      <div className="date-presets" role="group" aria-label="Presets">
        {DATE_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className="date-preset"
            aria-pressed={p === preset}
            onClick={() => onApply(presetRange(p, today))}
          >
            {DATE_PRESET_LABELS[p]}
          </button>
        ))}
      </div>
      <CustomRange key={`${from}|${to}`} from={from} to={to} onApply={onApply} />
    </>
  );
}

function CustomRange({
  from,
  to,
  onApply,
}: {
  from: string;
  to: string;
  onApply: (range: Range<CalendarDay>) => void;
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
