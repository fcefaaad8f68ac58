// Breaks (or keeps) a boundary on purpose: scripts/lint-boundaries.test.ts lints it.
import { plain } from '../../providers/lint-fixtures/sandbox/plain.ts';

export const value = plain;
