import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ProviderId } from '../../../../contract/providers.ts';
import type { Appointment } from '../../../domain/appointment.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import { countChanges } from './held-changes.ts';

interface Shown {
  scope: string;
  appointments: Appointment[];
  /** Whether these rows are a provider's answer, not the empty list before its first one. */
  answered: boolean;
}

/** Whether the staff member is working in the list: the pointer over it, or focus inside it. */
function useInteracting(region: RefObject<HTMLElement | null>): boolean {
  const [pointer, setPointer] = useState(false);
  const [focus, setFocus] = useState(false);
  useEffect(() => {
    const element = region.current;
    if (element === null) return;
    const on = {
      pointerenter: () => setPointer(true),
      pointerleave: () => setPointer(false),
      focusin: () => setFocus(true),
      focusout: (event: FocusEvent) => setFocus(element.contains(event.relatedTarget as Node | null)),
    } as const;
    for (const [name, handler] of Object.entries(on))
      element.addEventListener(name, handler as EventListener);
    return () => {
      for (const [name, handler] of Object.entries(on))
        element.removeEventListener(name, handler as EventListener);
    };
  }, [region]);
  return pointer || focus;
}

export interface HeldLists {
  /** The lists as shown: each provider's rows as last applied, its status as it is now. */
  lists: ProviderListState[];
  /** Rows added, changed or gone since, held back while the staff member works in the list. */
  pending: number;
  /** Applies the held changes. */
  show: () => void;
}

/**
 * Background refreshes never move rows under the pointer or the focus: while the staff member works
 * in `region` (the list section, its Show button included), changes are held and counted ("3 new or
 * changed: Show"); once they are not, or on Show, they apply. A new date range, or a provider's first
 * answer, applies at once.
 */
export function useHeldLists(
  live: ProviderListState[],
  scope: string,
  region: RefObject<HTMLElement | null>,
): HeldLists {
  const interacting = useInteracting(region);
  const [shown, setShown] = useState<ReadonlyMap<ProviderId, Shown>>(() => new Map());
  // What was shown is state from earlier renders: brought up to date during render (React's pattern
  // for state derived from props), so a change that may apply never paints the old rows first.
  const next = reconcile(shown, live, scope, interacting ? 'held' : 'apply');
  if (next !== shown) setShown(next);
  const show = useCallback(() => setShown((s) => reconcile(s, live, scope, 'apply')), [live, scope]);
  const shownOf = (list: ProviderListState) => next.get(list.provider)?.appointments ?? list.appointments;
  const pending = live.reduce((sum, list) => sum + countChanges(shownOf(list), list.appointments), 0);
  const lists = live.map((list) => {
    const appointments = shownOf(list);
    return appointments === list.appointments ? list : { ...list, appointments };
  });
  return { lists, pending, show };
}

/** `shown` with every list adopted that may be: all of them (`apply`), or only those not yet shown. */
function reconcile(
  shown: ReadonlyMap<ProviderId, Shown>,
  live: readonly ProviderListState[],
  scope: string,
  mode: 'apply' | 'held',
): ReadonlyMap<ProviderId, Shown> {
  let next: Map<ProviderId, Shown> | null = null;
  for (const list of live) {
    const before = shown.get(list.provider);
    if (before?.appointments === list.appointments && before.scope === scope) continue;
    const fresh = before === undefined || before.scope !== scope || !before.answered;
    if (mode === 'held' && !fresh) continue;
    next ??= new Map(shown);
    next.set(list.provider, { scope, appointments: list.appointments, answered: list.updatedAt !== null });
  }
  return next ?? shown;
}
