import { useEffect } from 'react';
import { preloadWhenIdle } from '../../ui/lazy-module.ts';
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

/**
 * After the list's first render, fetch every chunk it loads on first use while the browser is idle:
 * a popover, menu, export or panel opened later (offline, or after a release replaced the files)
 * then needs no network.
 */
export function usePreloadOnIdle(): void {
  useEffect(() => preloadWhenIdle(ON_FIRST_USE), []);
}
