import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import { useNow } from '../../../lib/use-now.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import { syncError } from '../../../providers/sync-error.ts';
import { errorWords } from './error-words.ts';
import { roughDuration, syncLine, syncSummary } from './sync-text.ts';
import '../../../ui/ui.css';

const mirrored = (lists: readonly ProviderListState[]) =>
  lists.flatMap((list) =>
    list.sync === null || list.status === 'disabled' ? [] : [{ ...list, sync: list.sync }],
  );

/**
 * One quiet line under the count: how fresh each mirrored provider is, or how far its first sync got.
 * Not a live region (its seconds change all the time); changes that matter go to the banners.
 */
export function SyncStatusLine({
  lists,
  now = Date.now,
}: {
  lists: ProviderListState[];
  now?: () => number;
}) {
  const nowMs = useNow(now, 5_000);
  const shown = mirrored(lists);
  const lines = shown.map((list) => syncLine(list.provider, list.sync, nowMs));
  if (lines.length === 0) return null;
  // On a phone three lines of "synced N s ago" crowd the list: when all is well, one line says it.
  const summary = syncSummary(
    shown.map((list) => list.sync),
    nowMs,
  );
  return (
    <div className="sync-status" data-summary={summary === null ? undefined : ''}>
      <ul className="sync-line" aria-label="How fresh each provider is">
        {lines.map((line) => (
          <li key={line.provider} data-state={line.state}>
            {line.text}
          </li>
        ))}
      </ul>
      {summary === null ? null : <p className="sync-summary">{summary}</p>}
    </div>
  );
}

/**
 * Said when the mirror cannot reach a provider it has data for: the rows stay, and the banner says how
 * old they are and why, in plain words (technical detail one click away).
 */
export function StaleBanner({ lists, now = Date.now }: { lists: ProviderListState[]; now?: () => number }) {
  const nowMs = useNow(now, 5_000);
  const stale = mirrored(lists).filter((list) => list.status === 'ok' && list.sync.state === 'stale');
  if (stale.length === 0) return null;
  return (
    <div className="banner" data-tone="warning" role="status">
      <ul className="banner-text banner-list">
        {stale.map((list) => {
          const problem = syncError(list.provider, list.sync);
          const words = problem === null ? null : errorWords(problem);
          const age = list.sync.syncedAtMs === null ? null : roughDuration(nowMs - list.sync.syncedAtMs);
          return (
            <li key={list.provider}>
              <strong>{PROVIDER_LABELS[list.provider]} appointments may be out of date.</strong>{' '}
              {words?.summary ?? `${PROVIDER_LABELS[list.provider]} is not answering.`}{' '}
              {age === null ? '' : `They were last synced ${age} ago. `}
              Frontdesk keeps trying by itself.
              {words ? (
                <details className="technical">
                  <summary>Technical details</summary>
                  <code>{words.technical}</code>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
