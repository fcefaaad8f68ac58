import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { AdaptersProvider } from '../providers/adapters-context.tsx';
import { routes } from './router.tsx';
import { createQueryClient } from './query-client.ts';

/** A proxy with every provider switched off: the shell renders without any provider traffic. */
const noProviders: typeof fetch = async (input) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.endsWith('/api/providers')) {
    const providers = ['caspen', 'appointment-one', 'onlive'].map((id) => ({
      id,
      label: id,
      enabled: false,
    }));
    return Response.json({ sandbox: false, providers });
  }
  return Response.json({ code: 'not-found', message: 'no route' }, { status: 404 });
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <AdaptersProvider fetch={noProviders}>
        <RouterProvider router={router} />
      </AdaptersProvider>
    </QueryClientProvider>,
  );
  return router;
}

/**
 * These tests render the whole app, whose routes and panels are lazy chunks: on a busy machine the first
 * render can take longer than Testing Library's 1 s default, so waits get a realistic budget.
 */
const LOADED = { timeout: 5_000 };

describe('app routes', { timeout: 15_000 }, () => {
  it('redirects / to the appointments list', async () => {
    const router = renderAt('/');
    expect(await screen.findByText('Frontdesk', {}, LOADED)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/appointments');
  });

  it('puts provider status in the header and the table in main', async () => {
    renderAt('/appointments');
    const status = await within(await screen.findByRole('banner', {}, LOADED)).findByRole(
      'list',
      { name: 'Provider status' },
      LOADED,
    );
    expect(await within(status).findAllByText('No credentials', {}, LOADED)).toHaveLength(3);
    expect(within(screen.getByRole('main')).getByRole('table', { name: 'Appointments' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Clear filters' }, LOADED)).toBeTruthy();
  });

  it('renders the detail panel as a child route beside the list', async () => {
    renderAt('/appointments/nowhere/123');
    // The panel's frame shows at once; its content arrives with the panel's chunk.
    const heading = await screen.findByRole('heading', { name: 'Appointment not found' }, LOADED);
    expect(heading.closest('aside')?.getAttribute('aria-label')).toBe('Appointment details');
    expect(screen.getByRole('table', { name: 'Appointments' })).toBeTruthy();
  });

  it('shows a not-found page for unknown paths, inside the shell', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' }, LOADED)).toBeTruthy();
    expect(screen.getByText('/no/such/page')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to appointments' }).getAttribute('href')).toBe(
      '/appointments',
    );
  });
});
