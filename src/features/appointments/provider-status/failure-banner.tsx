import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import { errorWords } from './error-words.ts';
import { RetryNote, retryBusy } from './retry-note.tsx';
import '../../../ui/ui.css';

/**
 * Said once, above the table, when providers failed: which ones, why in plain words (the technical
 * detail one click away), and a Retry each. The rest of the list stays usable (one query per
 * provider), so the text says what is still shown.
 */
export function FailureBanner({ lists }: { lists: ProviderListState[] }) {
  const failed = lists.filter((list) => list.status === 'error');
  if (failed.length === 0) return null;
  const listed = lists.some((list) => list.status === 'ok');
  const names = failed.map((list) => PROVIDER_LABELS[list.provider]).join(', ');
  return (
    <div className="banner" data-tone="danger" role="alert">
      <div className="banner-text">
        <strong>{names} could not be loaded.</strong>{' '}
        {listed
          ? 'Appointments from the other providers are shown.'
          : 'No appointments can be shown until a provider answers.'}
        <ul className="banner-list">
          {failed.map((list) => (
            <FailureLine key={list.provider} list={list} />
          ))}
        </ul>
      </div>
      {failed.map((list) => (
        <button
          key={list.provider}
          type="button"
          className="button"
          // Stays focusable while retrying (a disabled button would drop focus to the page).
          onClick={() => (retryBusy(list) ? undefined : list.retry())}
          aria-disabled={retryBusy(list) || undefined}
        >
          Retry {PROVIDER_LABELS[list.provider]}
        </button>
      ))}
    </div>
  );
}

function FailureLine({ list }: { list: ProviderListState }) {
  if (list.error === null) return <li>{PROVIDER_LABELS[list.provider]} did not answer.</li>;
  const words = errorWords(list.error);
  return (
    <li>
      {words.summary}
      {list.retryAt !== null ? (
        <>
          {' '}
          Frontdesk is <RetryNote at={list.retryAt} />.
        </>
      ) : null}{' '}
      <details className="technical">
        <summary>Technical details</summary>
        <code>{words.technical}</code>
      </details>
    </li>
  );
}
