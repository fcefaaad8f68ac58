import { memo } from 'react';
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { Appointment } from '../../../domain/appointment.ts';
import type { Lane } from '../../../domain/day/lanes.ts';
import { CONFLICT_LABELS, type Conflict } from '../../../domain/day/overlaps.ts';
import { STATUS_LABELS } from '../../../domain/status.ts';
import { refLabel } from '../../../ui/ref-text.tsx';
import { blockBox, type Axis } from './timeline-axis.ts';

export const TRACK_PX = 48;

export interface TimelineLaneProps {
  lane: Lane<Appointment>;
  axis: Axis;
  /** "10:30" in the view's zone; the same few start and end times repeat all day, so it is cached. */
  timeText: (ms: number) => string;
  hrefFor: (appointment: Appointment) => string;
  conflicts: ReadonlyMap<string, Conflict[]>;
  tabbableKey: string | null;
  openKey: string | null;
}

function conflictText(list: readonly Conflict[] | undefined): string {
  if (!list || list.length === 0) return '';
  return [...new Set(list.map((c) => CONFLICT_LABELS[c.kind].toLowerCase()))].join(', ');
}

/**
 * One lane: its name, then its appointments as blocks positioned by time, one track per overlap.
 * Blocks are plain links (the view navigates with one delegated handler) and `tabbableKey`/`openKey`
 * are null unless they are in this lane, so moving the Tab stop re-renders two lanes, not all.
 */
export const TimelineLane = memo(function TimelineLane(props: TimelineLaneProps) {
  const { lane, axis, timeText, hrefFor, conflicts, tabbableKey, openKey } = props;
  const labelId = `lane-${lane.key}`;
  return (
    <div className="timeline-lane" style={{ height: lane.tracks * TRACK_PX + 8 }}>
      <div className="lane-label" id={labelId}>
        <span className={lane.unnamed ? 'ref-id' : undefined}>{lane.label}</span>
        {lane.provider ? (
          <span className="lane-provider">
            {PROVIDER_LABELS[lane.provider]}
            {lane.twinId === null ? null : <span className="ref-id"> · {lane.twinId}</span>}
          </span>
        ) : null}
      </div>
      <ul className="lane-blocks" aria-labelledby={labelId} style={{ width: axis.widthPx }}>
        {lane.items.map(({ appointment: a, track }) => {
          const box = blockBox(axis, a.startMs, a.endMs);
          const clash = conflictText(conflicts.get(a.key));
          return (
            <li
              key={a.key}
              className="block-item"
              style={{ left: box.left, width: box.width, top: track * TRACK_PX + 4 }}
            >
              <a
                href={hrefFor(a)}
                className="timeline-block"
                data-status={a.status}
                data-conflict={clash ? '' : undefined}
                data-focus-key={a.key}
                aria-current={a.key === openKey ? 'true' : undefined}
                tabIndex={a.key === tabbableKey ? 0 : -1}
              >
                {/* Whole strings and no wrapper for the client: a day draws hundreds of blocks, and
                    every node costs. The time's trailing space keeps the two apart for readers. */}
                <span className="block-time">
                  {clash ? (
                    <span className="block-conflict" aria-hidden="true">
                      !
                    </span>
                  ) : null}
                  {`${timeText(a.startMs)}–${timeText(a.endMs)} `}
                </span>
                {a.client?.name ?? (refLabel(a.service) || 'Appointment')}
                <span className="visually-hidden">
                  {`, ${STATUS_LABELS[a.status]}${clash ? `, overlap: ${clash}` : ''}`}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
