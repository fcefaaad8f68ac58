import type { CSSProperties } from 'react';
import type { AppointmentColumnMeta } from './columns.tsx';

/** Fixed heights keep the virtualiser exact (no measuring) and the sticky header offset known. */
export const ROW_HEIGHT = 44;
export const HEADER_HEIGHT = 40;
/** Phones and portrait tablets: each row is a two-line card and the header row is visually hidden. */
export const CARD_ROW_HEIGHT = 64;
export const CARDS_QUERY = '(max-width: 820px)';

export interface RowLayout {
  cards: boolean;
  rowHeight: number;
  headerHeight: number;
}

export function rowLayout(cards: boolean): RowLayout {
  return cards
    ? { cards, rowHeight: CARD_ROW_HEIGHT, headerHeight: 0 }
    : { cards, rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT };
}

/**
 * Header and body rows are flex rows with the same flex bases, so columns line up without
 * `table-layout` (rows are absolutely positioned for virtualisation, which native table layout cannot do).
 */
export function cellStyle(meta: AppointmentColumnMeta): CSSProperties {
  return { flex: `${meta.grow} ${meta.min < meta.width ? 1 : 0} ${meta.width}px`, minWidth: meta.min };
}

/** Below this the table scrolls sideways inside its own scroll area (never the page). */
export function minTableWidth(metas: readonly AppointmentColumnMeta[]): number {
  return metas.reduce((sum, meta) => sum + meta.min, 0);
}
