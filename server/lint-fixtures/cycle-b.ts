// Breaks (or keeps) a boundary on purpose: scripts/lint-boundaries.test.ts lints it.
import { a } from './cycle-a.ts';

export const b = () => a;
