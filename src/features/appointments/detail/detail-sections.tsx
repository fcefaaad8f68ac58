import type { Appointment, Ref } from '../../../domain/appointment.ts';
import { formatDateTime, formatDuration, formatTime, isoDay, zoneAbbreviation } from '../../../ui/format.ts';
import { RefText } from '../../../ui/ref-text.tsx';
import { Field, Muted, PersonView, safeHttpUrl, Section } from './fields.tsx';

interface Props {
  appointment: Appointment;
  timeZone: string;
}

function WhenText({ ms, tz }: { ms: number; tz: string }) {
  return (
    <>
      {formatDateTime(ms, tz)} <Muted>{zoneAbbreviation(ms, tz)}</Muted>
    </>
  );
}

/** Start, end, zone, duration; plus the provider's local time when its zone differs from the view's. */
export function WhenSection({ appointment: a, timeZone }: Props) {
  const sameDay = isoDay(a.startMs, timeZone) === isoDay(a.endMs, timeZone);
  const local = a.timeZone !== null && a.timeZone !== timeZone ? a.timeZone : null;
  return (
    <Section title="When">
      <dl>
        <Field label="Start">
          <WhenText ms={a.startMs} tz={timeZone} />
        </Field>
        <Field label="End">
          {sameDay ? (
            <>
              {formatTime(a.endMs, timeZone)} <Muted>{zoneAbbreviation(a.endMs, timeZone)}</Muted>
            </>
          ) : (
            <WhenText ms={a.endMs} tz={timeZone} />
          )}
        </Field>
        <Field label="Time zone">{timeZone}</Field>
        <Field label="Duration">{formatDuration(a.durationMinutes)}</Field>
        {local !== null ? (
          <Field label="Local time">
            <WhenText ms={a.startMs} tz={local} /> <Muted>({local})</Muted>
          </Field>
        ) : null}
      </dl>
    </Section>
  );
}

/** A reference row shown only when the provider gave one. */
function OptionalRef({ label, value }: { label: string; value: Ref | null }) {
  return value === null ? null : (
    <Field label={label}>
      <RefText value={value} />
    </Field>
  );
}

export function WhoSection({ appointment: a }: Props) {
  return (
    <Section title="Who">
      <dl>
        <Field label="Client">
          {a.client ? <PersonView person={a.client} /> : <Muted>No client recorded</Muted>}
        </Field>
        <OptionalRef label="Staff" value={a.staff} />
        <Field label={a.guests.length === 1 ? 'Guest' : 'Guests'}>
          {a.guests.length === 0 ? (
            <Muted>None</Muted>
          ) : (
            <ul className="detail-list">
              {a.guests.map((guest, i) => (
                <li key={`${guest.email ?? ''}-${i}`}>
                  <PersonView person={guest} />
                </li>
              ))}
            </ul>
          )}
        </Field>
      </dl>
    </Section>
  );
}

export function WhereSection({ appointment: a }: Props) {
  const meeting = a.meetingUrl === null ? null : safeHttpUrl(a.meetingUrl);
  return (
    <Section title="Where">
      <dl>
        <Field label="Location">
          <RefText value={a.location} empty="Not given" />
        </Field>
        <OptionalRef label="Room" value={a.room} />
        <OptionalRef label="Calendar" value={a.calendar} />
        <Field label="Meeting link">
          {meeting !== null ? (
            <a href={meeting} target="_blank" rel="noopener noreferrer">
              {a.meetingUrl}
            </a>
          ) : a.meetingUrl !== null ? (
            a.meetingUrl
          ) : (
            <Muted>None</Muted>
          )}
        </Field>
      </dl>
    </Section>
  );
}

export function ServiceSection({ appointment: a }: Props) {
  const serviceName = a.service?.name ?? null;
  return (
    <Section title="Service">
      <dl>
        <Field label="Service">
          <RefText value={a.service} empty="Not given" />
        </Field>
        {a.title !== null && a.title !== serviceName ? <Field label="Title">{a.title}</Field> : null}
      </dl>
    </Section>
  );
}
