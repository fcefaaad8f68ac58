import type { AppointmentStatus } from '../domain/status.ts';
import { STATUS_LABELS } from '../domain/status.ts';
import './ui.css';

/**
 * A status as a coloured badge. `other` keeps the provider's own value visible (title for the mouse,
 * hidden text for screen readers), because staff need to know what "other" actually was.
 */
export function StatusBadge({ status, rawStatus }: { status: AppointmentStatus; rawStatus: string }) {
  const label = STATUS_LABELS[status];
  if (status !== 'other') {
    return (
      <span className="status-badge" data-status={status}>
        {label}
      </span>
    );
  }
  return (
    <span className="status-badge" data-status={status} title={`Provider status: ${rawStatus}`}>
      {label}
      <span className="visually-hidden"> (provider status: {rawStatus})</span>
    </span>
  );
}
