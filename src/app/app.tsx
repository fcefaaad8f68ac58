import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { AdaptersProvider } from '../providers/adapters-context.tsx';
import type { BrowserDeps } from './browser-deps.ts';
import { createAppRouter } from './router.tsx';

export function App({ deps }: { deps: BrowserDeps }) {
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={deps.queryClient}>
      <AdaptersProvider adapters={deps.adapters} mirrorAdapters={deps.mirrorAdapters} fetch={deps.fetch}>
        <RouterProvider router={router} />
      </AdaptersProvider>
    </QueryClientProvider>
  );
}
