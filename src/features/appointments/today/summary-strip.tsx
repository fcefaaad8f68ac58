import type { Appointment } from '../../../domain/appointment.ts';
import {
  SUMMARY_KEYS,
  SUMMARY_LABELS,
  type DaySummary,
  type SummaryKey,
} from '../../../domain/day/day-summary.ts';
import { formatTime } from '../../../ui/format.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

/**
 * Next due, arrived, late, no-show and cancelled, each a toggle that narrows the board to it (several
 * add up). The counts are over the filter bar's result, so they never depend on the toggles.
 */
export function SummaryStrip({
  summary,
  selected,
  timeZone,
  onChange,
}: {
  summary: DaySummary<Appointment>;
  selected: readonly SummaryKey[];
  timeZone: string;
  onChange: (keys: SummaryKey[]) => void;
}) {
  const toggle = (key: SummaryKey) =>
    onChange(selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key]);
  return (
    <div className="summary-strip" role="group" aria-label="Summary">
      {SUMMARY_KEYS.map((key) => (
        <button
          key={key}
          type="button"
          className="summary-item"
          data-key={key}
          aria-pressed={selected.includes(key)}
          onClick={() => toggle(key)}
        >
          <span className="summary-label">{SUMMARY_LABELS[key]}</span>
          <span className="summary-count">{numberFormat.format(summary.counts[key])}</span>
          {key === 'next' && summary.next ? (
            <span className="summary-detail">at {formatTime(summary.next.startMs, timeZone)}</span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
