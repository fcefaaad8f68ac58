import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { routes } from './router.tsx';
import { createQueryClient } from './query-client.ts';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('app routes', () => {
  it('redirects / to the appointments list', async () => {
    const router = renderAt('/');
    expect(await screen.findByText('Frontdesk')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/appointments');
  });

  it('shows a not-found page for unknown paths, inside the shell', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText('/no/such/page')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to appointments' }).getAttribute('href')).toBe(
      '/appointments',
    );
  });
});
