import { useState, type FormEvent } from 'react';
import type { Range } from '../../../domain/range.ts';
import { calendarDaysBetween, type CalendarDay } from '../../../lib/zoned-dates.ts';
import {
  DATE_PRESETS,
  DATE_PRESET_LABELS,
  MAX_RANGE_DAYS,
  presetRange,
  type DatePreset,
} from '../list-state/date-presets.ts';
import { formatDayText, parseDayText } from './day-text.ts';

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
  // The fields show and take days as the app writes them ("1 Dec 2026"); ISO works too.
  const [draft, setDraft] = useState({ from: formatDayText(from), to: formatDayText(to) });
  const days = { from: parseDayText(draft.from), to: parseDayText(draft.to) };
  const valid = days.from !== null && days.to !== null;
  const ordered = valid && days.from! > days.to! ? { from: days.to!, to: days.from! } : days;
  const tooLong = valid && calendarDaysBetween(ordered.from!, ordered.to!) >= MAX_RANGE_DAYS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !tooLong) onApply({ from: ordered.from!, to: ordered.to! });
  };
  const field = (key: 'from' | 'to', label: string) => (
    <label className="date-field">
      <span>{label}</span>
      <input
        type="text"
        required
        autoComplete="off"
        placeholder="1 Dec 2026"
        value={draft[key]}
        aria-invalid={days[key] === null && draft[key].trim() !== '' ? true : undefined}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <form className="date-custom" onSubmit={submit} aria-label="Custom range">
      {field('from', 'From')}
      {field('to', 'To')}
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
