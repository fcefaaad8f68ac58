// Breaks (or keeps) a boundary on purpose: scripts/lint-boundaries.test.ts lints it.
export const named = 'named';
