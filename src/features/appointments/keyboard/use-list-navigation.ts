import { useCallback, useState, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { Appointment } from '../../../domain/appointment.ts';
import type { FocusRequest } from '../table/use-row-focus.ts';
import { useListShortcuts } from './use-list-shortcuts.ts';

export interface ListNavigationOptions {
  rows: Appointment[];
  /** The appointment open in the detail panel (from the route), if any. */
  openKey: string | null;
  hrefFor: (appointment: Appointment) => string;
  /** The list URL with its current search, where closing the panel goes. */
  listHref: string;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Index after moving `delta` from `key`; from nothing, J starts at the top and K at the bottom. */
export function moveIndex(rows: readonly Appointment[], key: string | null, delta: 1 | -1): number {
  if (rows.length === 0) return -1;
  const index = key === null ? -1 : rows.findIndex((row) => row.key === key);
  if (index < 0) return delta > 0 ? 0 : rows.length - 1;
  return Math.min(rows.length - 1, Math.max(0, index + delta));
}

/**
 * Selection, opening and closing, for the mouse and the keyboard alike: `/` search, J/K move (and walk
 * the open panel), Enter opens, Esc closes and puts focus back on the row. Walking the panel replaces
 * the history entry, so Back returns to the list rather than through every appointment seen.
 */
export function useListNavigation({ rows, openKey, hrefFor, listHref, searchRef }: ListNavigationOptions) {
  const navigate = useNavigate();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const activeKey = openKey ?? selectedKey;

  const request = useCallback((key: string, focus: boolean) => {
    setFocusRequest((previous) => ({ key, focus, nonce: (previous?.nonce ?? 0) + 1 }));
  }, []);

  const go = useCallback(
    (appointment: Appointment) => {
      setSelectedKey(appointment.key);
      navigate(hrefFor(appointment), { replace: true });
      request(appointment.key, false);
    },
    [navigate, hrefFor, request],
  );

  const close = useCallback(() => {
    if (openKey === null) return false;
    setSelectedKey(openKey);
    navigate(listHref);
    request(openKey, true);
  }, [openKey, navigate, listHref, request]);

  const move = (delta: 1 | -1) => {
    const next = rows[moveIndex(rows, activeKey, delta)];
    if (!next) return false;
    if (openKey !== null) {
      go(next);
      return;
    }
    setSelectedKey(next.key);
    request(next.key, true);
  };

  useListShortcuts({
    search: () => {
      const input = searchRef.current;
      if (!input) return false;
      input.focus();
      input.select();
    },
    next: () => move(1),
    prev: () => move(-1),
    open: () => {
      const selected = rows.find((row) => row.key === selectedKey);
      if (!selected || selected.key === openKey) return false;
      navigate(hrefFor(selected));
    },
    close,
  });

  return { selectedKey: activeKey, focusRequest, select: setSelectedKey, go, close };
}
