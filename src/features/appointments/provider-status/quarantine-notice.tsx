import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { QuarantinedRecord } from '../../../providers/contract.ts';
import '../../../ui/ui.css';
import './quarantine-notice.css';

/**
 * Records that broke their wire schema are left out rather than failing the list; staff are told how
 * many and, on demand, exactly which record and field, so they can report it to the provider.
 */
export function QuarantineNotice({ records }: { records: QuarantinedRecord[] }) {
  if (records.length === 0) return null;
  const count = records.length;
  return (
    <div className="banner" data-tone="warning" role="status">
      <details className="banner-text quarantine">
        <summary>
          <strong>
            {count} {count === 1 ? 'record was' : 'records were'} left out
          </strong>{' '}
          because {count === 1 ? 'it does' : 'they do'} not match the provider’s documented format. Show
          details
        </summary>
        <table className="quarantine-table">
          <caption className="visually-hidden">Records left out</caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Record id</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record, i) => (
              <tr key={`${record.provider}-${record.id ?? 'none'}-${i}`}>
                <td>{PROVIDER_LABELS[record.provider]}</td>
                <td className="ref-id">{record.id ?? 'unknown'}</td>
                <td className="ref-id">{record.path || '(record)'}</td>
                <td>{record.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
