import { useEffect, useState } from 'react';
import { preloadWhenIdle, type LazyModule } from '../../ui/lazy-module.ts';
import { detailRouteModule } from './detail-route-loader.tsx';
import { rawRecordModule, sanitizedHtmlModule } from './detail/lazy-parts.ts';
import { csvModule } from './export/export-button.tsx';
import { filterPopovers } from './filter-bar/popover-module.ts';
import { columnMenuModule } from './table/column-menu.tsx';

const ON_FIRST_USE = [
  filterPopovers,
  columnMenuModule,
  csvModule,
  detailRouteModule,
  sanitizedHtmlModule,
  rawRecordModule,
];

/** The latest the preload waits for the list, when a provider keeps it loading (a long first page). */
export const PRELOAD_AT_THE_LATEST_MS = 5_000;

/**
 * Once the list has loaded (or after PRELOAD_AT_THE_LATEST_MS), fetch every chunk it loads on first
 * use while the browser is idle: a popover, menu, export or panel opened later (offline, or after a
 * release replaced the files) then needs no network. Not before: compiling those chunks would compete
 * with the first screen for the CPU, which several tabs on one machine share.
 */
export function usePreloadOnIdle(
  listLoaded: boolean,
  modules: readonly LazyModule<unknown>[] = ON_FIRST_USE,
): void {
  const [started, setStarted] = useState(false);
  if (listLoaded && !started) setStarted(true);
  useEffect(() => {
    if (started) return preloadWhenIdle(modules);
    const timer = setTimeout(() => setStarted(true), PRELOAD_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, [started, modules]);
}
