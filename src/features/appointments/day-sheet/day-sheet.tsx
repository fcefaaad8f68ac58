import { useEffect, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { Appointment } from '../../../domain/appointment.ts';
import { createLazyModule } from '../../../ui/lazy-module.ts';
import type { FacetOption } from '../filter-engine/dimensions.ts';
import type { ListState } from '../list-state/url-state.ts';
import './day-sheet.css';

// Not needed for the first screen; fetched right after it so printing never waits on the network.
const sheetModule = createLazyModule(() => import('./day-sheet-table.tsx'));

export interface DaySheetProps {
  rows: readonly Appointment[];
  state: ListState;
  facets: { service: readonly FacetOption[]; location: readonly FacetOption[] };
  printing: boolean;
  now?: () => number;
}

/**
 * The printable day sheet: while printing, every row of the filtered view as a compact table beside
 * the app root (which print CSS hides, with its filter bar, header and panel).
 */
export function DaySheet({ rows, state, facets, printing, now = Date.now }: DaySheetProps) {
  const module = useSyncExternalStore(sheetModule.subscribe, sheetModule.current);
  useEffect(() => {
    void sheetModule.load().catch(() => {});
  }, []);
  if (!printing || !module) return null;
  const { DaySheetTable } = module;
  return createPortal(
    <div className="print-sheet">
      <DaySheetTable rows={rows} state={state} facets={facets} printedAtMs={now()} />
    </div>,
    document.body,
  );
}
