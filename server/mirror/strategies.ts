// The sync strategy of every provider, one line each (a missing line fails the type check).
import type { ProviderId } from '../../contract/providers.ts';
import { appointmentOneSync } from '../providers/appointment-one/sync.ts';
import { caspenSync } from '../providers/caspen/sync.ts';
import { onliveSync } from '../providers/onlive/sync.ts';
import type { SyncStrategy } from './strategy.ts';

export const SYNC_STRATEGIES: Record<ProviderId, SyncStrategy> = {
  caspen: caspenSync,
  'appointment-one': appointmentOneSync,
  onlive: onliveSync,
};
