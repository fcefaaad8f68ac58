import type { AppointmentOneData } from '../../providers/appointment-one/sandbox/wire.ts';
import { generateAppointmentOneData } from '../../providers/appointment-one/sandbox/data.ts';
import { generateCaspenData } from '../../providers/caspen/sandbox/data.ts';
import type { CaspenData } from '../../providers/caspen/sandbox/wire.ts';
import type { GenerateInput } from './generate-input.ts';
import { generateOnliveData } from '../../providers/onlive/sandbox/data.ts';
import type { OnliveData } from '../../providers/onlive/sandbox/wire.ts';

/** Every sandbox provider's wire records, exactly as its fake server serves them. */
export interface SandboxData {
  caspen: CaspenData;
  'appointment-one': AppointmentOneData;
  onlive: OnliveData;
}

/**
 * Pure and deterministic: the same seed, anchor and size give deeply equal data. Each provider
 * draws from its own seeded stream, so one provider's data does not shift when another's changes.
 */
export function generateSandboxData(input: GenerateInput): SandboxData {
  if (!Number.isSafeInteger(input.size) || input.size < 0)
    throw new RangeError(`size must be a whole number ≥ 0`);
  if (!Number.isFinite(input.anchorMs)) throw new RangeError('anchorMs must be a finite instant');
  return {
    caspen: generateCaspenData(input),
    'appointment-one': generateAppointmentOneData(input),
    onlive: generateOnliveData(input),
  };
}
