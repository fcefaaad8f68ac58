import { useRef, useState } from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import { createLazyModule } from '../../../ui/lazy-module.ts';
import { LoadFailed } from '../../../ui/load-failed.tsx';
import { useListState } from '../list-state/use-list-state.ts';
import './export.css';

export interface ExportButtonProps {
  /** Exactly the rows the list shows: filtered and sorted. */
  rows: readonly Appointment[];
  timeZone: string;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; count: number }
  | { kind: 'unloaded' }
  | { kind: 'failed'; message: string };

/** The CSV builder and Papa Parse: preloaded when idle, imported on the first export otherwise. */
export const csvModule = createLazyModule(() => import('./build-csv.ts'));

/** "Export CSV" of the visible rows; the CSV code (and papaparse) loads on the first click. */
export function ExportButton({ rows, timeZone }: ExportButtonProps) {
  const { state } = useListState();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  const onClick = async () => {
    if (phase.kind === 'busy') return;
    setPhase({ kind: 'busy' });
    let csv;
    try {
      csv = await csvModule.load();
    } catch {
      setPhase({ kind: 'unloaded' });
      return;
    }
    try {
      csv.download(csv.buildCsv(rows, timeZone), `appointments-${state.from}-${state.to}.csv`);
      setPhase({ kind: 'done', count: rows.length });
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const busy = phase.kind === 'busy';
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        onClick={() => void onClick()}
        // Busy stays focusable (aria-disabled): a disabled button would drop keyboard focus to the page.
        disabled={rows.length === 0}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        title={rows.length === 0 ? 'Nothing to export' : undefined}
      >
        <DownloadIcon />
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
      <span role="status" className={phase.kind === 'failed' ? 'export-error' : 'visually-hidden'}>
        {phase.kind === 'done'
          ? `Exported ${phase.count} ${phase.count === 1 ? 'appointment' : 'appointments'}.`
          : ''}
        {phase.kind === 'failed' ? `Export failed: ${phase.message}` : ''}
      </span>
      {phase.kind === 'unloaded' ? (
        <LoadFailed
          what="the CSV export"
          onRetry={() => {
            // The Retry button goes away: keep focus on the control that exports.
            button.current?.focus();
            void onClick();
          }}
        />
      ) : null}
    </>
  );
}

function DownloadIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
