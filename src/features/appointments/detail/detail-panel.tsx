import type { Appointment } from '../../../domain/appointment.ts';
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import { LazyPiece } from '../../../ui/lazy-piece.tsx';
import { StatusBadge } from '../../../ui/status-badge.tsx';
import { DetailFrame, type DetailNav } from './detail-frame.tsx';
import { HistorySection, NotesSection, ProviderFieldsSection } from './detail-history.tsx';
import { ServiceSection, WhenSection, WhereSection, WhoSection } from './detail-sections.tsx';
import { Section } from './fields.tsx';
import { rawRecordModule } from './lazy-parts.ts';

export interface AppointmentDetailProps {
  appointment: Appointment;
  timeZone: string;
  nav: DetailNav;
  onClose: () => void;
}

export function appointmentHeading(a: Appointment): string {
  return a.title ?? a.service?.name ?? a.client?.name ?? 'Appointment';
}

/** The open appointment, section by section: when, who, where, what, history. Provider text is always text. */
export function AppointmentDetail({ appointment: a, timeZone, nav, onClose }: AppointmentDetailProps) {
  const meta = (
    <p className="detail-meta">
      <StatusBadge status={a.status} rawStatus={a.rawStatus} />
      <span>{PROVIDER_LABELS[a.provider]}</span>
      <span className="ref-id" title="Provider id">
        {a.id}
      </span>
    </p>
  );
  return (
    <DetailFrame heading={appointmentHeading(a)} meta={meta} nav={nav} onClose={onClose}>
      <WhenSection appointment={a} timeZone={timeZone} />
      <WhoSection appointment={a} timeZone={timeZone} />
      <WhereSection appointment={a} timeZone={timeZone} />
      <ServiceSection appointment={a} timeZone={timeZone} />
      <HistorySection appointment={a} timeZone={timeZone} />
      <NotesSection appointment={a} timeZone={timeZone} />
      <ProviderFieldsSection appointment={a} timeZone={timeZone} />
      <Section title="Raw record">
        <LazyPiece
          lazy={rawRecordModule}
          what="the raw record"
          fallback={<p className="text-muted">Loading…</p>}
        >
          {({ RawRecord }) => <RawRecord raw={a.raw} />}
        </LazyPiece>
      </Section>
    </DetailFrame>
  );
}

export interface DetailMessageProps {
  heading: string;
  message: string;
  nav: DetailNav;
  onClose: () => void;
  onRetry?: () => void;
  busy?: boolean;
  /** Status code and raw message, behind a "Technical details" disclosure. */
  technical?: string;
}

/** Loading, not-found and failure states: said inside the panel, never as an error page. */
export function DetailMessage(props: DetailMessageProps) {
  const { heading, message, nav, onClose, onRetry, busy, technical } = props;
  return (
    <DetailFrame heading={heading} nav={nav} onClose={onClose}>
      <div className="detail-message" role={busy ? 'status' : 'alert'} aria-busy={busy || undefined}>
        {busy ? <span className="spinner" aria-hidden="true" /> : null}
        <p>{message}</p>
        {technical ? (
          <details className="technical">
            <summary>Technical details</summary>
            <code>{technical}</code>
          </details>
        ) : null}
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </DetailFrame>
  );
}
