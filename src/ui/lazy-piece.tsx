import { Component, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useLazyFailure, useLazyModule, type LazyModule } from './lazy-module.ts';
import { LoadFailed } from './load-failed.tsx';

interface BoundaryProps {
  what: string;
  children: ReactNode;
}

/**
 * Catches what a lazily loaded piece throws while rendering, so one broken piece shows "Couldn't
 * load: Retry" in its place instead of taking the page (the list) down with it.
 */
export class LazyBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('render failed') };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <LoadFailed what={this.props.what} takeFocus onRetry={() => this.setState({ error: undefined })} />
    );
  }
}

export interface LazyPieceProps<M> {
  lazy: LazyModule<M>;
  what: string;
  /** Shown while the module loads. */
  fallback: ReactNode;
  children: (module: M) => ReactNode;
  /** Wraps the fallback and the failure (e.g. in the frame the real piece would have drawn). */
  frame?: (content: ReactNode) => ReactNode;
}

/**
 * Renders `children(module)` once `lazy` has loaded (starting the import on mount), `fallback` until
 * then, and "Couldn't load: Retry" if the import failed. Retry imports again; when it succeeds, focus
 * moves from the vanished Retry button into the piece.
 */
export function LazyPiece<M>({ lazy, what, fallback, children, frame = same }: LazyPieceProps<M>) {
  const module = useLazyModule(lazy);
  const failure = useLazyFailure(lazy);
  const [retrying, setRetrying] = useState(false);
  const focusOnLoad = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (lazy.current() === undefined) void lazy.load().catch(() => undefined);
  }, [lazy]);
  useLayoutEffect(() => {
    if (!module || !focusOnLoad.current) return;
    focusOnLoad.current = false;
    box.current?.querySelector<HTMLElement>('button, summary, [href], [tabindex]')?.focus();
  }, [module]);
  if (module)
    return (
      <div className="lazy-piece" ref={box}>
        <LazyBoundary what={what}>{children(module)}</LazyBoundary>
      </div>
    );
  if (failure !== undefined || retrying)
    return frame(
      <LoadFailed
        what={what}
        retrying={failure === undefined}
        onRetry={() => {
          setRetrying(true);
          focusOnLoad.current = true;
          void lazy.load().catch(() => undefined);
        }}
      />,
    );
  return frame(fallback);
}

const same = (content: ReactNode) => content;
