import type { QuarantinedRecord } from '../../../providers/contract.ts';
import { createLazyModule } from '../../../ui/lazy-module.ts';
import { LazyPiece } from '../../../ui/lazy-piece.tsx';

/** Records that break their schema are rare: the notice's code (its table) loads only when there are some. */
export const quarantineModule = createLazyModule(() => import('./quarantine-notice.tsx'));

export function QuarantineNotice({ records }: { records: QuarantinedRecord[] }) {
  if (records.length === 0) return null;
  return (
    <LazyPiece
      lazy={quarantineModule}
      what="which records were left out"
      fallback={null}
      // Should the code not arrive, the count is still said, beside "Couldn't load: Retry".
      frame={(content) =>
        content === null ? null : (
          <div className="banner" data-tone="warning">
            <span className="banner-text">Records left out: {records.length}.</span> {content}
          </div>
        )
      }
    >
      {({ QuarantineNotice: Notice }) => <Notice records={records} />}
    </LazyPiece>
  );
}
