import { useId, useState } from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import { CONFLICT_LABELS, type Conflict } from '../../../domain/day/overlaps.ts';
import { formatTime } from '../../../ui/format.ts';
import { useLinkClick } from './use-link-click.ts';

/** A busy day can hold a thousand overlaps; the first ones are what the desk acts on next. */
export const FIRST_CONFLICTS = 20;
const numberFormat = new Intl.NumberFormat('en-GB');

function Side({ appointment, tz, href }: { appointment: Appointment | undefined; tz: string; href: string }) {
  if (!appointment) return <span className="text-muted">an appointment not shown</span>;
  return (
    <a href={href} className="conflict-link">
      {formatTime(appointment.startMs, tz)}–{formatTime(appointment.endMs, tz)}{' '}
      {appointment.client?.name ?? ''}
    </a>
  );
}

function ConflictItem({ c, byKey, timeZone, hrefFor }: { c: Conflict } & Omit<Props, 'conflicts'>) {
  const first = byKey.get(c.first);
  const second = byKey.get(c.second);
  return (
    <li>
      <strong>
        {CONFLICT_LABELS[c.kind]}: {c.label}
      </strong>{' '}
      <span className="text-muted">
        ({formatTime(c.overlap.from, timeZone)}–{formatTime(c.overlap.to, timeZone)})
      </span>{' '}
      <Side appointment={first} tz={timeZone} href={first ? hrefFor(first) : ''} /> and{' '}
      <Side appointment={second} tz={timeZone} href={second ? hrefFor(second) : ''} />
    </li>
  );
}

interface Props {
  conflicts: readonly Conflict[];
  byKey: ReadonlyMap<string, Appointment>;
  timeZone: string;
  hrefFor: (a: Appointment) => string;
}

/**
 * The day's double bookings: how many, the first few in order of time, and every one on request, each
 * with links to both appointments. The toggle stays where it is, so focus stays on it either way.
 */
export function ConflictsList({ conflicts, byKey, timeZone, hrefFor }: Props) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const onClick = useLinkClick('a.conflict-link');
  const total = conflicts.length;
  const shown = all ? conflicts : conflicts.slice(0, FIRST_CONFLICTS);
  const count = `${numberFormat.format(total)} ${total === 1 ? 'overlap' : 'overlaps'}`;
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">{total === 0 ? 'No conflicts' : `Conflicts: ${count}`}</h3>
      {total > 0 ? (
        // One delegated click for every conflict link instead of a router Link each.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
        <ul className="conflict-items" id={listId} onClick={onClick}>
          {shown.map((c) => (
            <ConflictItem
              key={`${c.kind}|${c.first}|${c.second}`}
              c={c}
              byKey={byKey}
              timeZone={timeZone}
              hrefFor={hrefFor}
            />
          ))}
        </ul>
      ) : null}
      {total > FIRST_CONFLICTS ? (
        <button
          type="button"
          className="button conflicts-toggle"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((v) => !v)}
        >
          {all ? `Show the first ${FIRST_CONFLICTS}` : `Show all ${numberFormat.format(total)}`}
        </button>
      ) : null}
    </section>
  );
}
