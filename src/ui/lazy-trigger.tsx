import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useLazyFailure, useLazyModule, type LazyModule } from './lazy-module.ts';
import { LoadFailed } from './load-failed.tsx';

export interface LazyTriggerProps<M> {
  /** The module holding the real control (e.g. a Radix popover or menu and what it shows). */
  lazy: LazyModule<M>;
  /** Whether the popup is (to be) open; the caller owns it so an early click can open it later. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The real control. `focusTrigger`: the placeholder had keyboard focus, so its trigger takes it. */
  render: (module: M, focusTrigger: boolean) => ReactNode;
  /** The look-alike button: the real trigger's class, data attributes and content. */
  className: string;
  data?: Record<`data-${string}`, string | undefined>;
  popup: 'dialog' | 'menu';
  /** Names the control in "Couldn't load the Status filter". */
  what: string;
  children: ReactNode;
}

/**
 * Renders a look-alike trigger button until `lazy` has loaded, then the real control, so a headless
 * UI library stays out of the first view. The import starts with the idle preload, or on the first
 * pointerenter, focus or press. A click before it has loaded sets `open`, so the popup opens (and
 * moves focus into itself) as soon as it mounts. If the import fails after a click, "Couldn't load:
 * Retry" shows beside the trigger. The swap waits while a press is in progress: replacing the pressed
 * element between pointerdown and click would swallow the click.
 */
export function LazyTrigger<M>(props: LazyTriggerProps<M>) {
  const { lazy, open, onOpenChange, render, className, data, popup, what, children } = props;
  const loaded = useLazyModule(lazy);
  const failure = useLazyFailure(lazy);
  const [pressed, setPressed] = useState(false);
  const [focused, setFocused] = useState(false);
  // Set by a click: only then is a failed import worth saying (the idle preload fails quietly).
  const [asked, setAsked] = useState(false);
  const [retrying, setRetrying] = useState(false);
  if (loaded && !pressed) return render(loaded, (focused || retrying) && !open);

  const prefetch = () => void lazy.load().catch(() => undefined);
  const openWhenLoaded = () => {
    setAsked(true);
    onOpenChange(true);
    // If the module cannot load, forget the request rather than pop open much later.
    lazy.load().catch(() => onOpenChange(false));
  };
  return (
    <>
      <button
        type="button"
        className={className}
        {...data}
        data-state="closed"
        // Marks the stand-in (tests, debugging); the real trigger that replaces it has no such mark.
        data-placeholder=""
        aria-haspopup={popup}
        aria-expanded={false}
        onPointerEnter={prefetch}
        onFocus={() => {
          setFocused(true);
          prefetch();
        }}
        onBlur={() => setFocused(false)}
        onPointerDown={(event) => {
          if (event.button === 0) setPressed(true);
          prefetch();
        }}
        // A mouse dragged off never clicks; a touch pointer leaves before its click, so keep waiting.
        onPointerLeave={(event) => (event.pointerType === 'mouse' ? setPressed(false) : undefined)}
        onPointerCancel={() => setPressed(false)}
        onClick={() => {
          setPressed(false);
          openWhenLoaded();
        }}
      >
        {children}
      </button>
      {asked && (failure !== undefined || retrying) ? (
        <LoadFailed
          what={what}
          retrying={failure === undefined}
          onRetry={() => {
            setRetrying(true);
            openWhenLoaded();
          }}
        />
      ) : null}
    </>
  );
}

/**
 * For the real trigger that replaced a focused placeholder: a ref that takes keyboard focus once, on
 * mount (the placeholder's removal dropped focus to the page).
 */
export function useFocusOnMount(focus: boolean) {
  const ref = useRef<HTMLButtonElement>(null);
  const [focusOnMount] = useState(focus);
  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return ref;
}
