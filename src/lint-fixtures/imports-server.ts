// Breaks (or keeps) a boundary on purpose: scripts/lint-boundaries.test.ts lints it.
import { plain } from '../../server/lint-fixtures/plain.ts';

export const value = plain;
