import { Link } from 'react-router';
import type { Appointment } from '../../../domain/appointment.ts';
import { CONFLICT_LABELS, type Conflict } from '../../../domain/day/overlaps.ts';
import { formatTime } from '../../../ui/format.ts';

const at = (ms: number, tz: string) => formatTime(ms, tz);

function Side({
  appointment,
  tz,
  hrefFor,
}: {
  appointment: Appointment | undefined;
  tz: string;
  hrefFor: (a: Appointment) => string;
}) {
  if (!appointment) return <span className="text-muted">an appointment not shown</span>;
  return (
    <Link to={hrefFor(appointment)} className="conflict-link">
      {formatTime(appointment.startMs, tz)}–{formatTime(appointment.endMs, tz)}{' '}
      {appointment.client?.name ?? ''}
    </Link>
  );
}

/** Every double booking of the day, each with links to both appointments. */
export function ConflictsList({
  conflicts,
  byKey,
  timeZone,
  hrefFor,
}: {
  conflicts: readonly Conflict[];
  byKey: ReadonlyMap<string, Appointment>;
  timeZone: string;
  hrefFor: (a: Appointment) => string;
}) {
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">
        {conflicts.length === 0 ? 'No conflicts' : `Conflicts (${conflicts.length})`}
      </h3>
      {conflicts.length > 0 ? (
        <ul className="conflict-items">
          {conflicts.map((c) => (
            <li key={`${c.kind}|${c.first}|${c.second}`}>
              <strong>
                {CONFLICT_LABELS[c.kind]}: {c.label}
              </strong>{' '}
              <span className="text-muted">
                ({at(c.overlap.from, timeZone)}–{at(c.overlap.to, timeZone)})
              </span>{' '}
              <Side appointment={byKey.get(c.first)} tz={timeZone} hrefFor={hrefFor} /> and{' '}
              <Side appointment={byKey.get(c.second)} tz={timeZone} hrefFor={hrefFor} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
