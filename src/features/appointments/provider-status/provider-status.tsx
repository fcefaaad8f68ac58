import type { ProviderId } from '../../../../contract/providers.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import { ProviderChip } from './provider-chip.tsx';
import './provider-status.css';

export interface ProviderStatusProps {
  lists: ProviderListState[];
  inRange: Record<ProviderId, number>;
  sandbox: boolean;
}

/** The header's provider strip: a "Sandbox data" badge when the proxy says so, then one chip per provider. */
export function ProviderStatus({ lists, inRange, sandbox }: ProviderStatusProps) {
  return (
    <div className="provider-status">
      {sandbox ? (
        <span
          className="sandbox-badge"
          title="The proxy is connected to the sandbox providers, not real ones"
        >
          Sandbox data
        </span>
      ) : null}
      <ul className="provider-chips" aria-label="Provider status">
        {lists.map((list) => (
          <ProviderChip key={list.provider} list={list} inRange={inRange[list.provider]} />
        ))}
      </ul>
    </div>
  );
}
