import type { Appointment } from '../../../domain/appointment.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { LazyPiece } from '../../../ui/lazy-piece.tsx';
import { StatusBadge } from '../../../ui/status-badge.tsx';
import { Field, Muted, Section } from './fields.tsx';
import { sanitizedHtmlModule } from './lazy-parts.ts';

/**
 * True for the `extra` entries the data layer marked as provider HTML (`Appointment.htmlFields`, set by
 * a provider's normaliser): only those are sanitised and rendered as markup, the rest stay text.
 */
export function isHtmlField(a: Pick<Appointment, 'htmlFields'>, label: string): boolean {
  return a.htmlFields?.includes(label) ?? false;
}

interface Props {
  appointment: Appointment;
  timeZone: string;
}

function When({ ms, tz }: { ms: number | null; tz: string }) {
  return ms === null ? <Muted>time not recorded</Muted> : <>{formatDateTime(ms, tz)}</>;
}

export function HistorySection({ appointment: a, timeZone }: Props) {
  return (
    <Section title="Status history">
      <dl>
        <Field label="Status">
          <StatusBadge status={a.status} rawStatus={a.rawStatus} />{' '}
          <Muted>provider value “{a.rawStatus}”</Muted>
        </Field>
        <Field label="Created">
          <When ms={a.createdAtMs} tz={timeZone} />
        </Field>
        <Field label="Confirmed">
          {a.confirmation.confirmed ? (
            <When ms={a.confirmation.atMs} tz={timeZone} />
          ) : (
            <Muted>Not confirmed</Muted>
          )}
        </Field>
        {a.cancellation !== null ? (
          <>
            <Field label="Cancelled">
              <When ms={a.cancellation.atMs} tz={timeZone} />
            </Field>
            <Field label="Cancellation reason">{a.cancellation.reason ?? <Muted>None given</Muted>}</Field>
            <Field label="Cancellation note">
              {a.cancellation.note !== null ? (
                <span className="detail-text">{a.cancellation.note}</span>
              ) : (
                <Muted>None</Muted>
              )}
            </Field>
          </>
        ) : null}
        {a.updatedAtMs !== null ? (
          <Field label="Last updated">
            <When ms={a.updatedAtMs} tz={timeZone} />
          </Field>
        ) : null}
      </dl>
    </Section>
  );
}

/** Notes are provider text: always rendered as text, whatever markup they contain. */
export function NotesSection({ appointment: a }: Props) {
  return (
    <Section title="Notes">
      {a.notes !== null ? <p className="detail-text">{a.notes}</p> : <p className="text-muted">No notes.</p>}
    </Section>
  );
}

export function ProviderFieldsSection({ appointment: a }: Props) {
  const entries = Object.entries(a.extra);
  return (
    <Section title="Provider details">
      {entries.length === 0 ? (
        <p className="text-muted">No other fields.</p>
      ) : (
        <dl>
          {entries.map(([label, value]) => (
            <Field key={label} label={label}>
              {isHtmlField(a, label) ? (
                // DOMPurify is only needed when an appointment has HTML fields: not in the list bundle.
                <LazyPiece lazy={sanitizedHtmlModule} what={label} fallback={<Muted>Loading…</Muted>}>
                  {({ SanitizedHtml }) => <SanitizedHtml html={value} />}
                </LazyPiece>
              ) : (
                <span className="detail-text">{value}</span>
              )}
            </Field>
          ))}
        </dl>
      )}
    </Section>
  );
}
