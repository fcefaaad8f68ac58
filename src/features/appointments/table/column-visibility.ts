import { useCallback, useState } from 'react';
import { z } from 'zod/mini';
import { COLUMN_IDS, isHideable, type ColumnId } from './columns.tsx';

/** Which columns are shown; a staff preference, so it lives in localStorage rather than the URL. */
export type ColumnVisibility = Partial<Record<ColumnId, boolean>>;

const STORAGE_KEY = 'frontdesk.columns.v1';

const visibilitySchema = z.partialRecord(z.enum(COLUMN_IDS), z.boolean());

/** Parses a stored value; anything unreadable means "all visible". Required columns are forced on. */
export function parseVisibility(stored: string | null): ColumnVisibility {
  let value: unknown = null;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    value = null;
  }
  const parsed = visibilitySchema.safeParse(value);
  const out: ColumnVisibility = parsed.success ? { ...parsed.data } : {};
  for (const id of COLUMN_IDS) if (!isHideable(id)) delete out[id];
  return out;
}

function read(storage: Storage | null): ColumnVisibility {
  try {
    return parseVisibility(storage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return {};
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Storage can throw when disabled by the browser's privacy settings.
  }
}

export function useColumnVisibility(storage: Storage | null = browserStorage()) {
  const [visibility, setVisibility] = useState<ColumnVisibility>(() => read(storage));
  const setVisible = useCallback(
    (id: ColumnId, visible: boolean) => {
      if (!isHideable(id)) return;
      setVisibility((current) => {
        const next = { ...current, [id]: visible };
        try {
          storage?.setItem(STORAGE_KEY, JSON.stringify(next));
        } catch {
          // A full or blocked storage only loses the preference, never the view.
        }
        return next;
      });
    },
    [storage],
  );
  return { visibility, setVisible };
}
