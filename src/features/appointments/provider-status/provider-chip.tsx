import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import type { ProviderProgress } from '../../../providers/contract.ts';
import { errorWords } from './error-words.ts';
import { RetryNote, retryBusy } from './retry-note.tsx';

const numberFormat = new Intl.NumberFormat('en-GB');

/** "Loading 3 of 15 pages" when the provider reports totals, else "Loading… 300 so far". */
export function progressText(progress: ProviderProgress | null): string {
  if (progress === null) return 'Loading…';
  if (progress.totalPages !== null) return `Loading ${progress.pagesFetched} of ${progress.totalPages} pages`;
  return `Loading… ${numberFormat.format(progress.itemsFetched)} so far`;
}

export interface ProviderChipProps {
  list: ProviderListState;
  /** Appointments from this provider in the current date range. */
  inRange: number;
}

/** One provider's state in the header: ok with count, loading with progress, error with Retry, disabled. */
export function ProviderChip({ list, inRange }: ProviderChipProps) {
  const label = PROVIDER_LABELS[list.provider];
  if (list.status === 'disabled') {
    return (
      <li className="provider-chip" data-state="disabled" title={`${label} has no credentials configured`}>
        <span className="provider-dot" aria-hidden="true" />
        <span className="provider-name">{label}</span>
        <span className="provider-detail">No credentials</span>
      </li>
    );
  }
  if (list.status === 'loading') {
    const progress = progressText(list.progress);
    return (
      <li className="provider-chip" data-state="loading">
        <span className="spinner" aria-hidden="true" />
        <span className="provider-name">{label}</span>
        <span className="provider-detail">{progress}</span>
      </li>
    );
  }
  if (list.status === 'error') {
    const words = list.error ? errorWords(list.error) : null;
    return (
      <li className="provider-chip" data-state="error">
        <span className="provider-dot" aria-hidden="true" />
        <span className="provider-name">{label}</span>
        <span className="provider-detail provider-error" title={words?.summary}>
          <span className="visually-hidden">Error: </span>
          {words?.short ?? 'Could not load'}
          {list.retryAt !== null ? (
            <>
              , <RetryNote at={list.retryAt} />
            </>
          ) : null}
        </span>
        <button
          type="button"
          className="chip-button"
          onClick={() => (retryBusy(list) ? undefined : list.retry())}
          aria-disabled={retryBusy(list) || undefined}
        >
          Retry<span className="visually-hidden"> {label}</span>
        </button>
      </li>
    );
  }
  return (
    <li className="provider-chip" data-state="ok">
      <span className="provider-dot" aria-hidden="true" />
      <span className="provider-name">{label}</span>
      <span className="provider-detail">
        {numberFormat.format(inRange)}
        <span className="visually-hidden"> appointments</span>
      </span>
      {list.isFetching ? <span className="spinner" role="img" aria-label="Refreshing" /> : null}
    </li>
  );
}
