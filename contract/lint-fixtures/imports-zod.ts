// Breaks (or keeps) a boundary on purpose: scripts/lint-boundaries.test.ts lints it.
import { z } from 'zod/mini';

export const schema = z.string();
