// Breaks (or keeps) a boundary on purpose: scripts/lint-boundaries.test.ts lints it.
import { useState } from 'react';

export const hook = useState;
