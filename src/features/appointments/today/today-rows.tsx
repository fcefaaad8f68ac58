import { memo } from 'react';
import { Link } from 'react-router';
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { Appointment } from '../../../domain/appointment.ts';
import { formatTimeRange } from '../../../ui/time-range.ts';
import { RefText } from '../../../ui/ref-text.tsx';
import { StatusBadge } from '../../../ui/status-badge.tsx';

export const TODAY_COLUMNS = ['Time', 'Status', 'Client', 'Service', 'Staff', 'Location', 'Provider'];

export interface TodayRowProps {
  appointment: Appointment;
  timeZone: string;
  href: string;
  tabbable: boolean;
  open: boolean;
  onFocusRow: (key: string) => void;
  onArrow: (key: string, delta: 1 | -1) => void;
}

/** One appointment on the board; the time cell's link opens it (Arrow Up/Down move between rows). */
export const TodayRow = memo(function TodayRow(props: TodayRowProps) {
  const { appointment: a, timeZone, href, tabbable, open, onFocusRow, onArrow } = props;
  return (
    <tr
      className="today-row"
      data-key={a.key}
      data-status={a.status}
      aria-current={open ? 'true' : undefined}
    >
      <td>
        <Link
          to={href}
          className="today-link"
          data-focus-key={a.key}
          tabIndex={tabbable ? 0 : -1}
          onFocus={() => onFocusRow(a.key)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            event.preventDefault();
            onArrow(a.key, event.key === 'ArrowDown' ? 1 : -1);
          }}
        >
          {formatTimeRange(a.startMs, a.endMs, timeZone)}
        </Link>
      </td>
      <td>
        <StatusBadge status={a.status} rawStatus={a.rawStatus} />
      </td>
      <td>{a.client?.name ?? <span className="text-muted">—</span>}</td>
      <td>
        <RefText value={a.service} />
      </td>
      <td>
        <RefText value={a.staff} />
      </td>
      <td>
        <RefText value={a.location} />
      </td>
      <td>{PROVIDER_LABELS[a.provider]}</td>
    </tr>
  );
});

/** The line between what has started and what has not. */
export function NowRow({ label }: { label: string }) {
  return (
    <tr className="now-row" data-now-line="">
      <td colSpan={TODAY_COLUMNS.length}>
        <span className="now-label">Now {label}</span>
      </td>
    </tr>
  );
}
