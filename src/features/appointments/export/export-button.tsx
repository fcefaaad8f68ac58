import { useState } from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import { useListState } from '../list-state/use-list-state.ts';
import './export.css';

export interface ExportButtonProps {
  /** Exactly the rows the list shows: filtered and sorted. */
  rows: readonly Appointment[];
  timeZone: string;
}

type Phase =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; count: number } | { kind: 'failed'; message: string };

/** Hands a file to the browser's download machinery; the URL is freed once the download has started. */
function download(text: string, fileName: string): void {
  // The BOM makes spreadsheet apps read the file as UTF-8 (names in any script survive).
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Export CSV" of the visible rows; the CSV code (and papaparse) loads on the first click. */
export function ExportButton({ rows, timeZone }: ExportButtonProps) {
  const { state } = useListState();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const onClick = async () => {
    setPhase({ kind: 'busy' });
    try {
      const { buildCsv } = await import('./build-csv.ts');
      download(buildCsv(rows, timeZone), `appointments-${state.from}-${state.to}.csv`);
      setPhase({ kind: 'done', count: rows.length });
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const busy = phase.kind === 'busy';
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void onClick()}
        disabled={rows.length === 0 || busy}
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
