// Breaks (or keeps) a boundary on purpose: scripts/lint-boundaries.test.ts lints it.
import { b } from './cycle-b.ts';

export const a = () => b;
