import type { Ref } from '../domain/appointment.ts';
import './ui.css';

/** A referenced record's name; when the lookup failed, its id in muted monospace (never a blank). */
export function RefText({ value, empty = '—' }: { value: Ref | null; empty?: string }) {
  if (value === null) return <span className="text-muted">{empty}</span>;
  if (value.name !== null) return <>{value.name}</>;
  return (
    <span className="ref-id" title={`Name not available; id ${value.id}`}>
      {value.id}
    </span>
  );
}

/** Plain-text form of the same rule, for titles, sorting and export. */
export function refLabel(value: Ref | null): string {
  if (value === null) return '';
  return value.name ?? value.id;
}
